import { Transform } from 'class-transformer';
import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2099-12-31';
export const MAX_RANGE_YEARS = 25;

/** A real calendar date, YYYY-MM-DD, between 2000 and 2099 (no time, no offset: Mali keeps UTC). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      constraints: [FIRST_DATE, LAST_DATE],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) && value >= FIRST_DATE && value <= LAST_DATE,
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a date YYYY-MM-DD between ${FIRST_DATE} and ${LAST_DATE}`,
      },
    },
    options,
  );
}

export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

/** On `to`: not before `from`, and not more than MAX_RANGE_YEARS after it (both as given or defaulted). */
export function IsRangeEnd(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRangeEnd',
      constraints: [MAX_RANGE_YEARS],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const from = (args?.object as { from?: unknown }).from;
          if (typeof value !== 'string' || typeof from !== 'string' || !isCalendarDate(value) || !isCalendarDate(from)) return true;
          const limit = new Date(`${from}T00:00:00Z`);
          limit.setUTCFullYear(limit.getUTCFullYear() + MAX_RANGE_YEARS);
          return value >= from && new Date(`${value}T00:00:00Z`) < limit;
        },
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must not be before from, nor more than ${MAX_RANGE_YEARS} years after it`,
      },
    },
    options,
  );
}

/** `groupBy=region,sex` and `groupBy=region&groupBy=sex` both give ['region', 'sex']; empty items are dropped. */
export const ListParam = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => {
    const items = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]));
    return items.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
  });
