import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CloudEvent, dataSchemaUrn } from './envelope/cloud-event';
import { uuidv7 } from './envelope/uuid-v7';
import { EventDefinition } from './event-definition';
import { findEventDefinition } from './registry';

export interface NewEventOptions {
  correlationId: string;
  causationId?: string;
  id?: string;
  time?: Date;
}

/** Builds a CloudEvent for a catalogued type; the envelope fields all come from the definition. */
export function buildEvent<T extends object>(
  definition: EventDefinition<T>,
  data: T,
  options: NewEventOptions,
): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: options.id ?? uuidv7(),
    source: `/relais/${definition.source}`,
    type: definition.type,
    subject: definition.subjectOf(data),
    time: (options.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    dataschema: dataSchemaUrn(definition.type),
    data,
    correlationid: options.correlationId,
    ...(options.causationId ? { causationid: options.causationId } : {}),
  };
}

export type DecodeResult =
  | { kind: 'valid'; event: CloudEvent; definition: EventDefinition }
  | { kind: 'unknown-type'; type: string; event: CloudEvent }
  | { kind: 'invalid'; reason: string };

/**
 * Producers are strict (an unknown field is a bug); consumers strip unknown fields, so that a
 * producer may add optional fields without a new version.
 */
export type ValidationMode = 'produce' | 'consume';

export function validateEvent(event: unknown, mode: ValidationMode): DecodeResult {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    return { kind: 'invalid', reason: 'envelope: not a JSON object' };
  }
  const envelope = plainToInstance(CloudEvent, event);
  const envelopeErrors = validateSync(envelope, { whitelist: true, forbidNonWhitelisted: false });
  if (envelopeErrors.length) return { kind: 'invalid', reason: `envelope: ${describeErrors(envelopeErrors)}` };

  const definition = findEventDefinition(envelope.type);
  if (!definition) return { kind: 'unknown-type', type: envelope.type, event: envelope as CloudEvent };

  const data = plainToInstance(definition.dataClass, envelope.data);
  const dataErrors = validateSync(data, {
    whitelist: true,
    forbidNonWhitelisted: mode === 'produce',
    forbidUnknownValues: true,
  });
  if (dataErrors.length) return { kind: 'invalid', reason: `data: ${describeErrors(dataErrors)}` };
  if (definition.subjectOf(data) !== envelope.subject) {
    return { kind: 'invalid', reason: `subject: must be ${definition.subjectOf(data)} for ${definition.type}` };
  }
  return { kind: 'valid', event: { ...(envelope as CloudEvent), data }, definition };
}

export type ParseResult = { kind: 'parsed'; value: unknown; type?: string } | { kind: 'invalid'; reason: string };

/** JSON-parses a message and reads its `type`, without validating anything else yet. */
export function parseEvent(raw: Buffer | string | null | undefined): ParseResult {
  if (raw === null || raw === undefined) return { kind: 'invalid', reason: 'envelope: empty message' };
  let value: unknown;
  try {
    value = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch {
    return { kind: 'invalid', reason: 'envelope: not valid JSON' };
  }
  const type = (value as { type?: unknown } | null)?.type;
  return { kind: 'parsed', value, type: typeof type === 'string' ? type : undefined };
}

export function decodeEvent(raw: Buffer | string | null | undefined): DecodeResult {
  const parsed = parseEvent(raw);
  return parsed.kind === 'invalid' ? parsed : validateEvent(parsed.value, 'consume');
}

/** `data.needs.0.need: need must be one of …; …` — one line naming every failing field. */
export function describeErrors(errors: ValidationError[], prefix = ''): string {
  return flattenErrors(errors, prefix)
    .map((e) => `${e.path}: ${e.messages.join(', ')}`)
    .join('; ');
}

export function flattenErrors(
  errors: ValidationError[],
  prefix = '',
): { path: string; constraints: Record<string, string>; messages: string[] }[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints
      ? [{ path, constraints: error.constraints, messages: Object.values(error.constraints) }]
      : [];
    return [...own, ...flattenErrors(error.children ?? [], path)];
  });
}
