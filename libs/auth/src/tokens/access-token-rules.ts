import type { JWTPayload } from 'jose';
import { AuthenticationError } from '../errors';

export interface AccessTokenRules {
  /** The `azp` values accepted; undefined when the issuer is our own development key. */
  allowedClients?: readonly string[];
  maxLifetimeSeconds: number;
}

/**
 * What makes a verified JWT an access token Relais accepts, beyond signature, issuer, audience and
 * expiry: an ID or refresh token of the same realm is signed by the same key and must not open the
 * API; a token minted for another client of the realm must not either; nor must one that lives
 * longer than the provider is configured to issue.
 */
export function assertAccessToken(payload: JWTPayload, rules: AccessTokenRules): void {
  if (typeof payload.typ !== 'string' || payload.typ.toLowerCase() !== 'bearer') {
    throw invalid(`typ "${String(payload.typ)}" is not an access token`);
  }
  if (typeof payload.iat !== 'number') throw invalid('iat is missing');
  if (typeof payload.exp !== 'number') throw invalid('exp is missing');
  if (payload.exp - payload.iat > rules.maxLifetimeSeconds) {
    throw invalid(`lifetime ${payload.exp - payload.iat} s is longer than ${rules.maxLifetimeSeconds} s`);
  }
  if (rules.allowedClients !== undefined) {
    const client = payload.azp;
    if (typeof client !== 'string' || !rules.allowedClients.includes(client)) {
      throw invalid(`azp "${String(client)}" is not an allowed client`);
    }
  }
}

function invalid(message: string): AuthenticationError {
  return new AuthenticationError('invalid_claims', message);
}
