import { generateKeyPairSync } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, SignJWT } from 'jose';
import { IdentityProviderUnavailableError } from '../errors';
import { signingKeyFromPrivateKey, SigningKeyPair } from '../keys/local-keys';
import { TokenVerifier } from './token-verifier';

/** A stand-in for Keycloak's `/realms/<realm>/protocol/openid-connect/certs`, on a real socket. */
describe('TokenVerifier against a JWKS endpoint', () => {
  let server: Server;
  let realm: string;
  let key: SigningKeyPair;
  let certsRequests = 0;

  beforeAll(async () => {
    key = await signingKeyFromPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    const encryption = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    // Keycloak publishes an encryption key beside the signing key; the verifier must pick the right one.
    const jwks = {
      keys: [
        { ...(await exportJWK(encryption)), kid: 'enc-1', use: 'enc', alg: 'RSA-OAEP' },
        { ...(await exportJWK(key.publicKey)), kid: key.kid, use: 'sig', alg: 'RS256' },
      ],
    };
    server = createServer((request, response) => {
      certsRequests += 1;
      if (request.url !== '/realms/relais/protocol/openid-connect/certs') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    realm = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/relais`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const keycloakToken = (kid: string, signWith = key) =>
    new SignJWT({ realm_access: { roles: ['offline_access', 'prosecutor'] }, jurisdiction: 'tgi-mopti', azp: 'relais-web', typ: 'Bearer' })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
      .setSubject('0b6f3a8e-kc-user')
      .setIssuer(realm)
      .setAudience(['relais', 'account'])
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(signWith.privateKey);

  it('verifies a Keycloak-shaped token with the published key', async () => {
    const verifier = verifierFor(`${realm}/protocol/openid-connect/certs`);
    await expect(verifier.verify(await keycloakToken(key.kid))).resolves.toEqual({
      sub: '0b6f3a8e-kc-user',
      roles: ['prosecutor'],
      jurisdiction: 'tgi-mopti',
    });
    // The key set is cached, not fetched per request.
    const before = certsRequests;
    await verifier.verify(await keycloakToken(key.kid));
    expect(certsRequests).toBe(before);
  });

  it('refuses a token whose kid the key set does not hold', async () => {
    const verifier = verifierFor(`${realm}/protocol/openid-connect/certs`);
    const other = await signingKeyFromPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    await expect(verifier.verify(await keycloakToken(other.kid, other))).rejects.toMatchObject({ reason: 'bad_signature' });
  });

  const verifierFor = (jwksUrl: string) =>
    new TokenVerifier({ audience: 'relais', issuers: [{ issuer: realm, jwksUrl, allowedClients: ['relais-web'] }] });

  it('reports an unreachable key set as its own failure (503), not as a bad token', async () => {
    const verifier = verifierFor(`${realm}/missing`);
    const error: unknown = await verifier.verify(await keycloakToken(key.kid)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdentityProviderUnavailableError);
    const closed = verifierFor('http://127.0.0.1:1/realms/relais/protocol/openid-connect/certs');
    await expect(closed.verify(await keycloakToken(key.kid))).rejects.toBeInstanceOf(IdentityProviderUnavailableError);
  });
});
