import { UUID_PATTERN } from '@relais/contracts';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Field rules the shared set lacks. Each has a stable constraint name with a French and an
 * English text in the catalogues (`validation.<name>`), and none echoes the value it refused.
 */

export function IsUuidString(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isUuid', validator: { validate: (v: unknown) => typeof v === 'string' && UUID_PATTERN.test(v), defaultMessage: () => '$property must be a UUID' } }, options);
}

const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date and time with its offset (`Z` or `+hh:mm`): a station's local time without one is ambiguous. */
export function IsDateTimeWithOffset(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateTimeWithOffset',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && DATE_TIME_WITH_OFFSET.test(v) && !Number.isNaN(Date.parse(v)),
        defaultMessage: () => '$property must be an ISO 8601 date and time with offset, e.g. 2026-11-29T10:00:00Z',
      },
    },
    options,
  );
}

/** `YYYY-MM-DD`, a day that exists (no 30 February). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => '$property must be a date YYYY-MM-DD' } }, options);
}

export function isCalendarDate(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
}

/** Text with at least one visible character: a name of spaces is no name. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isNotBlank', validator: { validate: (v: unknown) => typeof v === 'string' && /\S/.test(v), defaultMessage: () => '$property must not be blank' } }, options);
}

/** An opaque identifier (agency, unit): letters, digits and `._:-`, so no free text can hide in it. */
export function IsIdentifier(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isIdentifier', validator: { validate: (v: unknown) => typeof v === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(v), defaultMessage: () => '$property must be an identifier' } },
    options,
  );
}

/** A place name (cercle, commune): letters, spaces, apostrophes and hyphens only. */
export function IsPlaceName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isPlaceName', validator: { validate: (v: unknown) => typeof v === 'string' && /^[\p{L}][\p{L}\p{M} '’.-]*$/u.test(v), defaultMessage: () => '$property must be a place name' } },
    options,
  );
}
