import { SignJWT } from 'jose';
import { tokenIdentityFromEnv } from '../config';
import { localSigningKey, SigningKeyPair } from '../keys/local-keys';
import { Principal } from '../principal';

export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 60 * 60;

export interface TokenIssuerOptions {
  /** Defaults to the local development key (AUTH_KEYS_DIR or `<repo>/.relais/keys`). */
  key?: SigningKeyPair;
  keysDir?: string;
  /** Default `relais-local`, the issuer the services trust for the local key. */
  issuer?: string;
  /** Default AUTH_AUDIENCE, else `relais`. */
  audience?: string;
}

export interface IssueTokenOptions {
  expiresInSeconds?: number;
  /** Epoch seconds; lets tests mint tokens that were issued (and expired) in the past. */
  issuedAt?: number;
}

/**
 * Mints tokens with the local private key, for development, tests and the `token` command.
 * Production tokens come from the identity provider (Keycloak); no service registers this class.
 */
export class TokenIssuer {
  private readonly issuer: string;
  private readonly audience: string;

  constructor(private readonly options: TokenIssuerOptions = {}) {
    const fromEnv = tokenIdentityFromEnv();
    this.issuer = options.issuer ?? fromEnv.issuer;
    this.audience = options.audience ?? fromEnv.audience;
  }

  async issueToken(claims: Principal, options: IssueTokenOptions = {}): Promise<string> {
    const { expiresInSeconds = DEFAULT_TOKEN_TTL_SECONDS, issuedAt = Math.floor(Date.now() / 1000) } = options;
    const key = this.options.key ?? (await localSigningKey(this.options.keysDir));
    const { sub, ...rest } = claims;
    // typ as Keycloak puts it in access tokens: the services accept nothing else.
    return new SignJWT({ typ: 'Bearer', ...withoutUndefined(rest) })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
      .setSubject(sub)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + expiresInSeconds)
      .sign(key.privateKey);
  }
}

function withoutUndefined(claims: Omit<Principal, 'sub'>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}
