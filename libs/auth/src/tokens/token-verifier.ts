import { KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, JWTPayload, JWTVerifyGetKey } from 'jose';
import { AuthConfig, authConfigFromEnv, DEFAULT_CLOCK_TOLERANCE_SECONDS } from '../config';
import { AuthenticationError, AuthFailureReason } from '../errors';
import { localSigningKey } from '../keys/local-keys';
import { Principal } from '../principal';
import { principalFromClaims } from './claims';

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  clockToleranceSeconds?: number;
  /** Verify against this key set (Keycloak's certs endpoint); it wins over the options below. */
  jwksUrl?: string;
  /** Verify against this public key; otherwise the local development key of `keysDir`. */
  publicKey?: KeyObject;
  keysDir?: string;
}

/**
 * Checks a bearer token and says who it proves the caller to be. RS256 only: accepting any other
 * algorithm is how HS256-with-the-public-key forgeries get in.
 */
export class TokenVerifier {
  private readonly getKey: JWTVerifyGetKey;

  constructor(private readonly options: TokenVerifierOptions) {
    this.getKey = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : localKeyGetter(options);
  }

  static fromConfig(config: AuthConfig): TokenVerifier {
    return new TokenVerifier(config);
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env): TokenVerifier {
    return TokenVerifier.fromConfig(authConfigFromEnv(env));
  }

  /** Loads the local key now, so a missing or unreadable key fails start-up rather than the first request. */
  async ready(): Promise<void> {
    if (!this.options.jwksUrl && !this.options.publicKey) await localSigningKey(this.options.keysDir);
  }

  async verify(token: string | undefined): Promise<Principal> {
    if (!token) throw new AuthenticationError('missing', 'no bearer token');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.getKey, {
        algorithms: ['RS256'],
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: this.options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      const reason = failureReason(error);
      // Anything else (the key set unreachable, say) is our failure, not the caller's: let it surface as such.
      if (reason === undefined) throw error;
      throw new AuthenticationError(reason, (error as Error).message);
    }
    return principalFromClaims(payload);
  }
}

function localKeyGetter(options: TokenVerifierOptions): JWTVerifyGetKey {
  const { publicKey, keysDir } = options;
  return async () => publicKey ?? (await localSigningKey(keysDir)).publicKey;
}

function failureReason(error: unknown): AuthFailureReason | undefined {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'wrong_issuer';
    if (error.claim === 'aud') return 'wrong_audience';
    return 'invalid_claims';
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JOSEAlgNotAllowed
  ) {
    return 'bad_signature';
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) {
    return 'malformed';
  }
  return undefined;
}
