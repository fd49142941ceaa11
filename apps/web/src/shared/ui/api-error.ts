import type { components } from '../api/intake';

/**
 * The one shape of every error answer of the services (libs/platform/src/errors/error-body.ts),
 * already in the caller's language (Accept-Language). Taken from the generated OpenAPI types
 * (every service documents the same ErrorBodyDto), so the web app never restates it.
 */
export type ErrorBody = components['schemas']['ErrorBodyDto'];
export type FieldError = components['schemas']['FieldErrorDto'];

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.statusCode === 'number' && typeof v.code === 'string' && typeof v.message === 'string';
}

/** The messages of a 400 grouped by field, for forms to show each under its input. */
export function fieldMessages(body: ErrorBody | null | undefined): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const { field, message } of body?.errors ?? []) (byField[field] ??= []).push(message);
  return byField;
}

/**
 * Puts a 400's field messages on the form's fields (react-hook-form `setError`) and returns the
 * ones no field of the form shows, for a summary above the form.
 */
export function applyServerErrors(
  body: ErrorBody,
  setError: (name: string, error: { type: string; message: string }) => void,
  isField: (name: string) => boolean = () => true,
): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const [field, messages] of Object.entries(fieldMessages(body))) {
    if (isField(field)) setError(field, { type: 'server', message: messages.join(' ') });
    else unmatched.push(...(body.errors ?? []).filter((e) => e.field === field));
  }
  return unmatched;
}

/** The message of a react-hook-form error found by dotted path (`person.birthDate`). */
export function errorAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}
