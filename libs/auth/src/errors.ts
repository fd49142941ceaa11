export const AUTH_FAILURE_REASONS = [
  'missing',
  'malformed',
  'expired',
  'bad_signature',
  'wrong_issuer',
  'wrong_audience',
  'invalid_claims',
] as const;
export type AuthFailureReason = (typeof AUTH_FAILURE_REASONS)[number];

/**
 * The caller could not be authenticated. The reason is safe to return to the client (it says
 * what was wrong with the token, never anything about keys or users); the message is for logs.
 */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';

  constructor(
    readonly reason: AuthFailureReason,
    message: string = reason,
  ) {
    super(message);
  }
}

/**
 * The identity provider's key set could not be fetched: nothing is known about the token either
 * way. The caller gets 503 (try again), never 401 (which would sign people out) nor 500.
 */
export class IdentityProviderUnavailableError extends Error {
  override readonly name = 'IdentityProviderUnavailableError';
}
