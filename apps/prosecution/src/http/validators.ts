import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * On a nested object: it must hold at least one of `fields` (a defendant may be known only by an
 * alias). Placed on the parent, because class-validator skips every rule of an absent optional field.
 */
export function AtLeastOneOf(fields: string[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'atLeastOneOf',
      constraints: [fields],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' && value !== null && fields.some((f) => (value as Record<string, unknown>)[f] !== undefined),
        defaultMessage: () => `give at least one of: ${fields.join(', ')}`,
      },
    },
    options,
  );
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const match = CALENDAR_DATE.exec(value);
          if (!match) return false;
          const date = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
        },
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a calendar date (YYYY-MM-DD)`,
      },
    },
    options,
  );
}
