import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';

/** Clocks at police stations drift; a minute of tolerance keeps honest submissions valid. */
const CLOCK_SKEW_MS = 5 * 60_000;

export function NotInFuture(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notInFuture',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || Number.isNaN(Date.parse(value)) || Date.parse(value) <= Date.now() + CLOCK_SKEW_MS,
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must not be in the future`,
      },
    },
    options,
  );
}

/**
 * Placed on one of the alternatives: exactly one of `fields` must be present on the object. Put it
 * on a property without @IsOptional: an absent optional property skips all its rules.
 */
export function ExactlyOneOf(fields: string[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'exactlyOneOf',
      constraints: [fields],
      validator: {
        validate: (_: unknown, args?: ValidationArguments) =>
          fields.filter((f) => (args?.object as Record<string, unknown>)[f] !== undefined).length === 1,
        defaultMessage: () => `give exactly one of: ${fields.join(', ')}`,
      },
    },
    { ...options, always: true },
  );
}

/** Placed on one of the alternatives: at most one of `fields` may be present on the object. */
export function AtMostOneOf(fields: string[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'atMostOneOf',
      constraints: [fields],
      validator: {
        validate: (_: unknown, args?: ValidationArguments) =>
          fields.filter((f) => (args?.object as Record<string, unknown>)[f] !== undefined).length <= 1,
        defaultMessage: () => `give at most one of: ${fields.join(', ')}`,
      },
    },
    { ...options, always: true },
  );
}
