import { BadRequestException } from '@nestjs/common';
import { getMetadataStorage, ValidationError } from 'class-validator';
import { hasMessage, Language, translate } from '../i18n/messages';
import { FieldError } from './error-body';

const LARGE_LIST = 20;

/** Thrown by the validation pipe; the filter turns it into a localised, field-by-field 400. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly validationErrors: ValidationError[]) {
    super('VALIDATION_FAILED');
  }
}

/**
 * One entry per failing rule, with the path into the body and a message in the caller's language.
 * The rule's arguments (allowed values, bounds) are read back from class-validator's metadata, so
 * DTOs need no message options.
 */
export function localizeValidationErrors(errors: ValidationError[], language: Language, prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, english]) => ({
      field,
      code,
      message: message(error, field, code, english, language),
    }));
    return [...own, ...localizeValidationErrors(error.children ?? [], language, field)];
  });
}

function message(error: ValidationError, field: string, code: string, english: string, language: Language): string {
  if (!hasMessage(`validation.${code}`)) return language === 'en' ? english : translate('validation.unknownValue', { field }, language);
  const args = constraintArgs(error, code);
  const list = Array.isArray(args[0]) ? (args[0] as unknown[]) : undefined;
  if ((code === 'isIn' || code === 'isEnum') && list && list.length > LARGE_LIST) {
    return translate('validation.isInLarge', { field, count: list.length }, language);
  }
  const params: Record<string, unknown> = { field };
  args.forEach((arg, i) => (params[i] = isPlainEnum(arg) ? Object.values(arg) : arg));
  return translate(`validation.${code}`, params, language);
}

function constraintArgs(error: ValidationError, code: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === code);
  return metadata?.constraints ?? [];
}

function isPlainEnum(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
}
