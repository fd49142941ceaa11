import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage } from 'class-validator';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { stringify } from 'yaml';
import { CloudEvent } from '../envelope/cloud-event';
import { EVENT_CATALOGUE } from '../registry';
import { CLOUDEVENTS_CONTENT_TYPE, Headers, Topics } from '../topics';

// Where class-transformer keeps @Type metadata; class-validator-jsonschema follows it to nested classes.
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };

type Schema = Record<string, unknown>;

const SCHEMAS = '#/components/schemas/';

/** `referral.created.v1` → `ReferralCreatedV1`: AsyncAPI component keys allow no dots. */
function messageKey(type: string): string {
  return type
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function channelKey(topic: string): string {
  return topic.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
}

/**
 * The AsyncAPI 3.0 description of every Relais event, generated from the contract classes
 * themselves (their class-validator rules become JSON Schema), so the document cannot drift from
 * what producers and consumers actually validate.
 */
export function generateAsyncApi(): Schema {
  const options = { refPointerPrefix: SCHEMAS, classTransformerMetadataStorage: defaultMetadataStorage, classValidatorMetadataStorage: getMetadataStorage() };
  const schemas: Record<string, Schema> = validationMetadatasToSchemas(options) as Record<string, Schema>;
  // Per data class, with the rules it inherits (validationMetadatasToSchemas keeps them on the parent).
  for (const definition of EVENT_CATALOGUE) {
    schemas[definition.dataClass.name] = targetConstructorToSchema(definition.dataClass, options) as Schema;
  }
  const envelope = targetConstructorToSchema(CloudEvent, options) as Schema;
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => isContractSchema(name, schemas)));

  const messages: Record<string, Schema> = {};
  const channels: Record<string, Schema> = {};
  const operations: Record<string, Schema> = {};
  for (const topic of Object.values(Topics)) {
    const definitions = EVENT_CATALOGUE.filter((d) => d.topic === topic);
    const key = channelKey(topic);
    channels[key] = {
      address: topic,
      description: `Keyed by ${describeKey(topic)}; history kept (retention -1) so read models can be rebuilt.`,
      messages: Object.fromEntries(definitions.map((d) => [messageKey(d.type), { $ref: `#/components/messages/${messageKey(d.type)}` }])),
    };
    operations[`publish${key.charAt(0).toUpperCase()}${key.slice(1)}`] = {
      action: 'send',
      title: `${definitions[0]?.source ?? 'relais'} publishes on ${topic}`,
      channel: { $ref: `#/channels/${key}` },
      messages: definitions.map((d) => ({ $ref: `#/channels/${key}/messages/${messageKey(d.type)}` })),
    };
    for (const d of definitions) {
      messages[messageKey(d.type)] = {
        name: d.type,
        title: d.type,
        summary: d.description,
        contentType: CLOUDEVENTS_CONTENT_TYPE,
        headers: {
          type: 'object',
          properties: {
            [Headers.ContentType]: { type: 'string', const: CLOUDEVENTS_CONTENT_TYPE },
            [Headers.TraceParent]: { type: 'string', description: 'W3C trace context of the producing operation' },
          },
        },
        payload: {
          allOf: [
            { $ref: `${SCHEMAS}CloudEvent` },
            {
              type: 'object',
              properties: {
                type: { type: 'string', const: d.type },
                source: { type: 'string', const: `/relais/${d.source}` },
                dataschema: { type: 'string', const: `urn:relais:schema:${d.type}` },
                data: { $ref: `${SCHEMAS}${d.dataClass.name}` },
              },
            },
          ],
        },
        bindings: { kafka: { key: { type: 'string', description: describeKey(topic) }, bindingVersion: '0.5.0' } },
      };
    }
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Relais events',
      version: '1.0.0',
      description:
        'Events exchanged by the Relais services over Kafka: CloudEvents 1.0 in structured JSON mode, one topic per aggregate stream. ' +
        'Events carry a pseudonymous victimRef and coarse attributes only, never personal data. Generated from libs/contracts by `npm run asyncapi`; do not edit by hand.',
      license: { name: 'MPL-2.0' },
    },
    defaultContentType: CLOUDEVENTS_CONTENT_TYPE,
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'Development broker started by npm run kafka:start' },
    },
    channels,
    operations,
    components: { schemas: { ...kept, CloudEvent: envelope }, messages },
  };
}

export function asyncApiYaml(): string {
  return stringify(generateAsyncApi(), { lineWidth: 0, aliasDuplicateObjects: false });
}

function describeKey(topic: string): string {
  switch (topic) {
    case Topics.IntakeIdentifications:
      return 'victimRef';
    case Topics.ReferralReferrals:
      return 'referral id (escalation id when no referral could be made)';
    case Topics.ProsecutionCases:
      return 'case id';
    default:
      return 'delivery id';
  }
}

/** Keeps the schemas of contract classes (and what they reference), not abstract bases. */
function isContractSchema(name: string, schemas: Record<string, Schema>): boolean {
  return !name.endsWith('FactsV1') && name !== 'CloudEvent' && schemas[name] !== undefined;
}
