import i18next from 'i18next';
import { type ErrorBody, isErrorBody } from '../../../shared/ui';

/** A service answered with an error; `body` is its error shape when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.code ?? `HTTP ${status}`);
  }
}

/**
 * One call through the gateway (`/api/<service>/v1/…`), with the caller's token and language, so
 * refusals come back in the language on screen (French unless the officer chose English).
 */
export async function apiRequest<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'accept-language': i18next.language === 'en' ? 'en' : 'fr',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    cache: 'no-store',
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, isErrorBody(json) ? json : null);
  return json as T;
}
