import { KeyObject } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, JWTPayload, JWTVerifyGetKey } from 'jose';
import {
  AuthConfig,
  authConfigFromEnv,
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  LOCAL_MAX_TOKEN_LIFETIME_SECONDS,
} from '../config';
import { AuthenticationError, AuthFailureReason, IdentityProviderUnavailableError } from '../errors';
import { localSigningKey } from '../keys/local-keys';
import { Principal } from '../principal';
import { assertAccessToken } from './access-token-rules';
import { principalFromClaims } from './claims';

/** One signer whose tokens are accepted, and where its public key comes from. */
export interface TrustedIssuer {
  issuer: string;
  /** The identity provider's key set (Keycloak's certs endpoint); it wins over the options below. */
  jwksUrl?: string;
  /** This public key; otherwise the local development key of `keysDir`. */
  publicKey?: KeyObject;
  keysDir?: string;
  /** The `azp` values accepted; leave unset only for our own development key, which has no clients. */
  allowedClients?: string[];
  /** Default 900 s for a key set, a day for a local key (development tokens last 8 h). */
  maxLifetimeSeconds?: number;
}

export interface TokenVerifierOptions {
  audience: string;
  clockToleranceSeconds?: number;
  issuers: TrustedIssuer[];
}

interface Signer {
  trusted: TrustedIssuer;
  getKey: JWTVerifyGetKey;
}

/**
 * Checks a bearer token and says who it proves the caller to be. RS256 only: accepting any other
 * algorithm is how HS256-with-the-public-key forgeries get in. The token's `iss` picks the one
 * signer it is checked against; a token from any other issuer is refused before any key is used.
 */
export class TokenVerifier {
  private readonly signers = new Map<string, Signer>();

  constructor(private readonly options: TokenVerifierOptions) {
    if (options.issuers.length === 0) throw new Error('TokenVerifier needs at least one trusted issuer');
    for (const trusted of options.issuers) this.signers.set(trusted.issuer, { trusted, getKey: keyGetter(trusted) });
  }

  static fromConfig(config: AuthConfig): TokenVerifier {
    const issuers: TrustedIssuer[] = [];
    if (config.identityProvider) issuers.push({ ...config.identityProvider });
    if (config.localKey) issuers.push({ ...config.localKey });
    return new TokenVerifier({ audience: config.audience, clockToleranceSeconds: config.clockToleranceSeconds, issuers });
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env): TokenVerifier {
    return TokenVerifier.fromConfig(authConfigFromEnv(env));
  }

  /** Loads the local key now, so a missing or unreadable key fails start-up rather than the first request. */
  async ready(): Promise<void> {
    for (const { trusted } of this.signers.values()) {
      if (!trusted.jwksUrl && !trusted.publicKey) await localSigningKey(trusted.keysDir);
    }
  }

  async verify(token: string | undefined): Promise<Principal> {
    if (!token) throw new AuthenticationError('missing', 'no bearer token');
    const signer = this.signerOf(token);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, signer.getKey, {
        algorithms: ['RS256'],
        issuer: signer.trusted.issuer,
        audience: this.options.audience,
        clockTolerance: this.options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (error) {
      const reason = failureReason(error);
      // Anything else (the key set unreachable, say) is our failure, not the caller's: let it surface as such.
      if (reason === undefined) throw error;
      throw new AuthenticationError(reason, (error as Error).message);
    }
    assertAccessToken(payload, {
      allowedClients: signer.trusted.allowedClients,
      maxLifetimeSeconds: signer.trusted.maxLifetimeSeconds ?? (signer.trusted.jwksUrl ? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS : LOCAL_MAX_TOKEN_LIFETIME_SECONDS),
    });
    return principalFromClaims(payload);
  }

  private signerOf(token: string): Signer {
    let issuer: unknown;
    try {
      issuer = decodeJwt(token).iss;
    } catch (error) {
      throw new AuthenticationError('malformed', (error as Error).message);
    }
    const signer = typeof issuer === 'string' ? this.signers.get(issuer) : undefined;
    if (!signer) throw new AuthenticationError('wrong_issuer', `issuer "${String(issuer)}" is not trusted`);
    return signer;
  }
}

function keyGetter(trusted: TrustedIssuer): JWTVerifyGetKey {
  if (trusted.jwksUrl) return remoteKeyGetter(trusted.jwksUrl);
  const { publicKey, keysDir } = trusted;
  return async () => publicKey ?? (await localSigningKey(keysDir)).publicKey;
}

/** The provider's key set, cached by jose; an outage is told apart from a key it does not hold. */
function remoteKeyGetter(jwksUrl: string): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(jwksUrl));
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new IdentityProviderUnavailableError(`key set ${jwksUrl} unavailable: ${(error as Error).message}`);
    }
  };
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
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed
  ) {
    return 'bad_signature';
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) {
    return 'malformed';
  }
  return undefined;
}
