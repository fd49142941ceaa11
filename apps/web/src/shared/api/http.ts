import i18next from 'i18next';
import { type ErrorBody, isErrorBody } from '../ui';

/** A service answered with an error; `body` is its error shape when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.code ?? `HTTP ${status}`);
  }
}

export interface Answer<T> {
  status: number;
  data: T;
}

/**
 * One call through the gateway (`/api/<service>/v1/…`) with the caller's token and language, so
 * refusals come back in the words on screen. The status is returned too: a 202 (waiting for the
 * coordinator) is not a 200.
 */
export async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<Answer<T>> {
  const response = await fetch(path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'accept-language': i18next.language === 'en' ? 'en' : 'fr',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    // Answers carry personal data (a person's details) or one-time passwords: never cached.
    cache: 'no-store',
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, isErrorBody(json) ? json : null);
  return { status: response.status, data: json as T };
}

/** The answer's body alone, for the calls whose success status says nothing more. */
export async function apiRequest<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  return (await call<T>(token, method, path, body)).data;
}

/** What ErrorAlert shows: the service's body when there is one. */
export function shownError(error: unknown): unknown {
  return error instanceof ApiError && error.body ? error.body : error;
}
