import { translate } from '../i18n/messages';

export interface FieldError {
  /** Dotted path into the body, e.g. `person.nationalities.0`. */
  field: string;
  /** The rule that failed (class-validator constraint name), stable for clients to branch on. */
  code: string;
  message: string;
}

/** The one shape of every error answer: a stable code, a localised message, the correlation id. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  correlationId?: string;
  errors?: FieldError[];
  details?: Record<string, unknown>;
}

export function errorBody(
  statusCode: number,
  code: string,
  extra: { params?: Record<string, unknown>; errors?: FieldError[]; correlationId?: string; details?: Record<string, unknown> } = {},
): ErrorBody {
  return {
    statusCode,
    code,
    message: translate(`errors.${code}`, { ...extra.params, correlationId: extra.correlationId, count: extra.errors?.length }),
    ...(extra.correlationId ? { correlationId: extra.correlationId } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.details && Object.keys(extra.details).length ? { details: extra.details } : {}),
  };
}
