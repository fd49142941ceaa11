import { generateKeyPairSync } from 'node:crypto';
import { JWTPayload, SignJWT } from 'jose';
import { AuthenticationError, AuthFailureReason } from '../errors';
import { signingKeyFromPrivateKey, SigningKeyPair } from '../keys/local-keys';
import { TokenIssuer } from './token-issuer';
import { TokenVerifier } from './token-verifier';

const ISSUER = 'relais-test';
const AUDIENCE = 'relais';
const NOW = Math.floor(Date.now() / 1000);

let key: SigningKeyPair;
let otherKey: SigningKeyPair;
let issuer: TokenIssuer;
let verifier: TokenVerifier;

beforeAll(async () => {
  key = await signingKeyFromPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
  otherKey = await signingKeyFromPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
  issuer = new TokenIssuer({ key, issuer: ISSUER, audience: AUDIENCE });
  verifier = new TokenVerifier({ audience: AUDIENCE, issuers: [{ issuer: ISSUER, publicKey: key.publicKey, maxLifetimeSeconds: 86400 }] });
});

/** Signs any payload, well-formed or not, as a token from our issuer would be. */
function sign(payload: JWTPayload, signWith: SigningKeyPair = key): Promise<string> {
  return new SignJWT({ iss: ISSUER, aud: AUDIENCE, typ: 'Bearer', iat: NOW, exp: NOW + 600, ...payload })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .sign(signWith.privateKey);
}

async function reasonFor(token: string | undefined): Promise<AuthFailureReason> {
  const error: unknown = await verifier.verify(token).then(
    () => new Error('verified'),
    (e: unknown) => e,
  );
  if (!(error instanceof AuthenticationError)) throw error;
  return error.reason;
}

describe('TokenVerifier', () => {
  it('returns the principal of a good token', async () => {
    const token = await issuer.issueToken({
      sub: 'u-1',
      roles: ['agency_caseworker'],
      agencyId: 'agency-7',
      region: 'mopti',
      institution: 'gendarmerie',
    });
    await expect(verifier.verify(token)).resolves.toEqual({
      sub: 'u-1',
      roles: ['agency_caseworker'],
      agencyId: 'agency-7',
      region: 'mopti',
      institution: 'gendarmerie',
    });
  });

  it('puts iss, aud, iat, exp and kid in issued tokens', async () => {
    const token = await issuer.issueToken({ sub: 'u-1', roles: ['coordinator'] }, { expiresInSeconds: 60, issuedAt: NOW });
    const [header, payload] = token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: key.kid });
    expect(payload).toMatchObject({ iss: ISSUER, aud: AUDIENCE, iat: NOW, exp: NOW + 60, sub: 'u-1' });
  });

  it('refuses a missing token', async () => {
    expect(await reasonFor(undefined)).toBe('missing');
    expect(await reasonFor('')).toBe('missing');
  });

  it('refuses what is not a JWS', async () => {
    expect(await reasonFor('not-a-token')).toBe('malformed');
    expect(await reasonFor('a.b.c')).toBe('malformed');
  });

  it('refuses an expired token, beyond the clock tolerance', async () => {
    const token = await issuer.issueToken({ sub: 'u-1', roles: ['coordinator'] }, { issuedAt: NOW - 3600, expiresInSeconds: 600 });
    expect(await reasonFor(token)).toBe('expired');
  });

  it('accepts a token expired by less than the clock tolerance', async () => {
    const token = await issuer.issueToken({ sub: 'u-1', roles: ['coordinator'] }, { issuedAt: NOW - 605, expiresInSeconds: 600 });
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'u-1' });
  });

  it('refuses a token signed with another key, even under our kid', async () => {
    expect(await reasonFor(await sign({ sub: 'u-1', roles: ['system_admin'] }, otherKey))).toBe('bad_signature');
  });

  it('refuses HS256 signed with the public key (algorithm confusion) and unsigned tokens', async () => {
    const publicPem = key.publicKey.export({ type: 'spki', format: 'pem' });
    const hs256 = await new SignJWT({ sub: 'u-1', roles: ['system_admin'], iss: ISSUER, aud: AUDIENCE, exp: NOW + 600 })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new Uint8Array(Buffer.from(publicPem)));
    expect(await reasonFor(hs256)).toBe('bad_signature');

    const unsigned = [{ alg: 'none' }, { sub: 'u-1', roles: ['system_admin'], iss: ISSUER, aud: AUDIENCE, exp: NOW + 600 }]
      .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
      .join('.');
    expect(await reasonFor(`${unsigned}.`)).toBe('bad_signature');
  });

  it('refuses a token from another issuer', async () => {
    const token = await new TokenIssuer({ key, issuer: 'someone-else', audience: AUDIENCE }).issueToken({ sub: 'u-1', roles: ['coordinator'] });
    expect(await reasonFor(token)).toBe('wrong_issuer');
  });

  it('refuses a token for another audience', async () => {
    const token = await new TokenIssuer({ key, issuer: ISSUER, audience: 'account' }).issueToken({ sub: 'u-1', roles: ['coordinator'] });
    expect(await reasonFor(token)).toBe('wrong_audience');
  });

  it('refuses a token without exp', async () => {
    const token = await new SignJWT({ sub: 'u-1', roles: ['coordinator'], iss: ISSUER, aud: AUDIENCE })
      .setProtectedHeader({ alg: 'RS256' })
      .sign(key.privateKey);
    expect(await reasonFor(token)).toBe('invalid_claims');
  });

  it.each<[string, JWTPayload]>([
    ['no sub', { roles: ['coordinator'] }],
    ['a numeric sub', { sub: 42 as unknown as string, roles: ['coordinator'] }],
    ['no roles', { sub: 'u-1' }],
    ['roles not an array', { sub: 'u-1', roles: 'coordinator' }],
    ['a non-string role', { sub: 'u-1', roles: ['coordinator', 7] }],
    ['no known role', { sub: 'u-1', roles: ['offline_access', 'admin'] }],
    ['an empty role list', { sub: 'u-1', roles: [] }],
    ['a numeric agencyId', { sub: 'u-1', roles: ['agency_caseworker'], agencyId: 12 }],
    ['an empty unitId', { sub: 'u-1', roles: ['police_officer'], unitId: '' }],
    ['an unknown institution', { sub: 'u-1', roles: ['police_officer'], institution: 'army' }],
  ])('refuses claims with %s', async (_case, payload) => {
    expect(await reasonFor(await sign(payload))).toBe('invalid_claims');
  });

  it('drops unknown roles and duplicates but keeps the known ones', async () => {
    const token = await sign({ sub: 'u-1', roles: ['uma_authorization', 'prosecutor', 'prosecutor'], jurisdiction: 'tgi-bamako-c3' });
    await expect(verifier.verify(token)).resolves.toEqual({ sub: 'u-1', roles: ['prosecutor'], jurisdiction: 'tgi-bamako-c3' });
  });

  it('reads Keycloak realm roles when there is no roles claim', async () => {
    const token = await sign({
      sub: 'kc-uuid',
      realm_access: { roles: ['default-roles-relais', 'offline_access', 'statistician'] },
      agencyId: null,
    });
    await expect(verifier.verify(token)).resolves.toEqual({ sub: 'kc-uuid', roles: ['statistician'] });
  });

  it('prefers the roles claim over realm roles', async () => {
    const token = await sign({ sub: 'u-1', roles: ['coordinator'], realm_access: { roles: ['system_admin'] } });
    await expect(verifier.verify(token)).resolves.toEqual({ sub: 'u-1', roles: ['coordinator'] });
  });

  describe('beside an identity provider', () => {
    const REALM = 'https://sso.example/realms/relais';
    const both = () =>
      new TokenVerifier({
        audience: AUDIENCE,
        issuers: [
          { issuer: REALM, publicKey: otherKey.publicKey, allowedClients: ['relais-web'], maxLifetimeSeconds: 900 },
          { issuer: ISSUER, publicKey: key.publicKey, maxLifetimeSeconds: 86400 },
        ],
      });
    const fromRealm = (payload: JWTPayload) =>
      sign({ iss: REALM, sub: 'kc-1', roles: ['coordinator'], azp: 'relais-web', exp: NOW + 300, ...payload }, otherKey);

    it('checks each token against the key of its own issuer', async () => {
      await expect(both().verify(await fromRealm({}))).resolves.toMatchObject({ sub: 'kc-1' });
      await expect(both().verify(await issuer.issueToken({ sub: 'u-1', roles: ['coordinator'] }))).resolves.toMatchObject({ sub: 'u-1' });
      // The realm's iss with the local key's signature is a forgery, not a second chance.
      const forged = await sign({ iss: REALM, sub: 'kc-1', roles: ['system_admin'], azp: 'relais-web', exp: NOW + 300 });
      await expect(both().verify(forged)).rejects.toMatchObject({ reason: 'bad_signature' });
    });

    it.each<[string, JWTPayload]>([
      ['an ID token', { typ: 'ID' }],
      ['a refresh token', { typ: 'Refresh' }],
      ['a token of another client', { azp: 'admin-cli' }],
      ['a token living longer than 900 s', { exp: NOW + 3600 }],
    ])('refuses %s', async (_case, payload) => {
      await expect(both().verify(await fromRealm(payload))).rejects.toMatchObject({ reason: 'invalid_claims' });
    });

    it('refuses a token without iat', async () => {
      const token = await new SignJWT({ iss: REALM, aud: AUDIENCE, typ: 'Bearer', sub: 'kc-1', roles: ['coordinator'], azp: 'relais-web', exp: NOW + 300 })
        .setProtectedHeader({ alg: 'RS256' })
        .sign(otherKey.privateKey);
      await expect(both().verify(token)).rejects.toMatchObject({ reason: 'invalid_claims' });
    });
  });
});
