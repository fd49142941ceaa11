import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import {
  ensureKeycloak,
  KEYCLOAK_ISSUER,
  KEYCLOAK_JWKS_URL,
  keycloakAdmin,
  keycloakPasswordGrant,
  keycloakRealmReady,
  tokenRequest,
} from '@relais/test-infra';
import { authorizeUrl, browserLogin, openLoginPage } from './browser-login';
import { realmFile } from './generate-realms';
import { ORGANISATION_CLAIMS } from './organisations';
import { ACCESS_TOKEN_SECONDS, AUDIENCE, DEMO_PASSWORD, demoAccounts, DEV_CLIENT, DEV_GATEWAY_URL, OTP_ROLES, PARTNER_DEMO_CLIENT, PARTNER_DEMO_PRINCIPAL, PARTNER_DEMO_SECRET, WEB_CLIENT } from './realm';

/** The real Keycloak (deploy/keycloak/keycloak.sh) with the realm files of the repository. */
const jwks = createRemoteJWKSet(new URL(KEYCLOAK_JWKS_URL));
const CALLBACK = `${DEV_GATEWAY_URL}/callback`;
const strongPassword = () => `Rl-${randomBytes(12).toString('base64url')}`;

async function verified(token: string) {
  const { payload, protectedHeader } = await jwtVerify(token, jwks, { issuer: KEYCLOAK_ISSUER });
  return { payload, protectedHeader };
}

// A cold start builds Keycloak first: beyond the integration tier's default timeout.
beforeAll(() => ensureKeycloak(), 600_000);

describe('development realm: tokens of the demo accounts', () => {
  it.each(demoAccounts().map((a) => [a.username, a] as const))('%s gets an access token with its demo claims', async (_username, account) => {
    const { status, body } = await keycloakPasswordGrant(account.username, DEMO_PASSWORD);
    expect(status).toBe(200);
    const { payload, protectedHeader } = await verified(body.access_token!);
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ sub: account.principal.sub, aud: AUDIENCE, azp: DEV_CLIENT, typ: 'Bearer', roles: account.principal.roles });
    expect(payload.exp! - payload.iat!).toBe(ACCESS_TOKEN_SECONDS);
    for (const claim of ORGANISATION_CLAIMS) expect([claim, payload[claim]]).toEqual([claim, account.principal[claim]]);
    // Names stay out of access tokens; the ID token is typed so the services can refuse it.
    expect(payload.preferred_username).toBeUndefined();
    expect(decodeJwt(body.id_token!)).toMatchObject({ typ: 'ID', preferred_username: account.username, aud: DEV_CLIENT });
  });

  it('gives the partner system its agency and role through client credentials', async () => {
    const { status, body } = await tokenRequest({ grant_type: 'client_credentials', client_id: PARTNER_DEMO_CLIENT, client_secret: PARTNER_DEMO_SECRET });
    expect(status).toBe(200);
    const { payload } = await verified(body.access_token!);
    expect(payload).toMatchObject({ sub: PARTNER_DEMO_PRINCIPAL.sub, aud: AUDIENCE, azp: PARTNER_DEMO_CLIENT, roles: PARTNER_DEMO_PRINCIPAL.roles, agencyId: PARTNER_DEMO_PRINCIPAL.agencyId, region: 'bamako' });
  });

  it('refuses the password grant to the web client, and a wrong password', async () => {
    expect((await keycloakPasswordGrant('officer-mopti', DEMO_PASSWORD, WEB_CLIENT)).body.error).toBe('unauthorized_client');
    const wrong = await keycloakPasswordGrant('statistician', 'not-the-password');
    expect([wrong.status, wrong.body.error]).toEqual([400, 'invalid_grant']);
  });

  it('rotates refresh tokens: a used one is refused', async () => {
    const first = await keycloakPasswordGrant('statistician');
    const refresh = () => tokenRequest({ grant_type: 'refresh_token', client_id: DEV_CLIENT, refresh_token: first.body.refresh_token! });
    const second = await refresh();
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.body.refresh_token);
    expect((await refresh()).body.error).toBe('invalid_grant');
  });

  it('signs a browser in with PKCE, in French by default; refuses a request without PKCE', async () => {
    const page = await openLoginPage(authorizeUrl('relais', WEB_CLIENT, CALLBACK));
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/<html[^>]*lang="fr"/);
    // Dev realm: OTP is optional, so even a prosecutor gets a code without an authenticator app.
    const login = await browserLogin('relais', WEB_CLIENT, CALLBACK, 'prosecutor-mopti', DEMO_PASSWORD);
    expect(login.code).toEqual(expect.any(String));
    const withoutPkce = await openLoginPage(authorizeUrl('relais', WEB_CLIENT, CALLBACK, false));
    expect(withoutPkce.status).toBe(302);
  });
});

describe('development realm: organisations carry the claims', () => {
  let userId: string | undefined;
  afterAll(async () => {
    if (userId) await keycloakAdmin('DELETE', `/relais/users/${userId}`);
  });

  it('moves a caseworker to another agency with one group change', async () => {
    const username = `it-moved-${randomBytes(4).toString('hex')}`;
    const password = strongPassword();
    const created = await keycloakAdmin('POST', '/relais/users', { username, enabled: true, groups: ['/agencies/demo-shelter-bamako-ngo'], credentials: [{ type: 'password', value: password, temporary: false }] });
    expect(created.status).toBe(201);
    userId = (await keycloakAdmin<{ id: string }[]>('GET', `/relais/users?exact=true&username=${username}`)).body[0].id;
    const { body: role } = await keycloakAdmin('GET', '/relais/roles/agency_caseworker');
    await keycloakAdmin('POST', `/relais/users/${userId}/role-mappings/realm`, [role]);
    const claims = async () => decodeJwt((await keycloakPasswordGrant(username, password)).body.access_token!);
    expect(await claims()).toMatchObject({ agencyId: 'demo-shelter-bamako-ngo', region: 'bamako' });

    const group = async (path: string) => (await keycloakAdmin<{ id: string }>('GET', `/relais/group-by-path${path}`)).body.id;
    expect((await keycloakAdmin('DELETE', `/relais/users/${userId}/groups/${await group('/agencies/demo-shelter-bamako-ngo')}`)).status).toBe(204);
    expect((await keycloakAdmin('PUT', `/relais/users/${userId}/groups/${await group('/agencies/demo-cp-mopti')}`)).status).toBe(204);
    expect(await claims()).toMatchObject({ agencyId: 'demo-cp-mopti', region: 'mopti', roles: ['agency_caseworker'] });
  });
});

describe('development realm: a disabled account', () => {
  let userId: string | undefined;
  afterAll(async () => {
    if (userId) await keycloakAdmin('DELETE', `/relais/users/${userId}`);
  });

  it('cannot get a new token, nor refresh the one it had', async () => {
    const username = `it-disabled-${randomBytes(4).toString('hex')}`;
    const password = strongPassword();
    const created = await keycloakAdmin('POST', '/relais/users', {
      username,
      enabled: true,
      groups: ['/agencies/demo-shelter-bamako-ngo'],
      credentials: [{ type: 'password', value: password, temporary: false }],
    });
    expect(created.status).toBe(201);
    const { body: found } = await keycloakAdmin<{ id: string }[]>('GET', `/relais/users?exact=true&username=${username}`);
    userId = found[0].id;
    const { body: role } = await keycloakAdmin('GET', '/relais/roles/agency_caseworker');
    expect((await keycloakAdmin('POST', `/relais/users/${userId}/role-mappings/realm`, [role])).status).toBe(204);

    const before = await keycloakPasswordGrant(username, password);
    expect(before.status).toBe(200);
    expect(decodeJwt(before.body.access_token!)).toMatchObject({ agencyId: 'demo-shelter-bamako-ngo', roles: ['agency_caseworker'] });

    expect((await keycloakAdmin('PUT', `/relais/users/${userId}`, { enabled: false })).status).toBe(204);
    const after = await keycloakPasswordGrant(username, password);
    expect([after.status, after.body.error]).toEqual([400, 'invalid_grant']);
    const refreshed = await tokenRequest({ grant_type: 'refresh_token', client_id: DEV_CLIENT, refresh_token: before.body.refresh_token! });
    expect(refreshed.body.error).toBe('invalid_grant');
  });
});

/**
 * The production realm file, imported under another name into the same server. Keycloak's file
 * import (`--import-realm`, `kc.sh import`) substitutes ${VARIABLES} from the environment; the
 * admin API does not, so the test substitutes them the same way first.
 */
describe('production realm', () => {
  const realm = `relais-prod-check-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const text = readFileSync(realmFile('prod'), 'utf8')
      .replaceAll('${RELAIS_PUBLIC_URL}', DEV_GATEWAY_URL)
      .replaceAll('${RELAIS_ACCOUNTS_CLIENT_SECRET}', randomBytes(24).toString('base64url'));
    const representation = { ...JSON.parse(text), realm };
    expect((await keycloakAdmin('POST', '', representation)).status).toBe(201);
    expect(await keycloakRealmReady(realm)).toBe(true);
  });
  afterAll(async () => {
    await keycloakAdmin('DELETE', `/${realm}`);
  });

  async function createUser(role: string): Promise<{ username: string; password: string }> {
    const username = `it-${role.replace(/_/g, '-')}`;
    const password = strongPassword();
    const created = await keycloakAdmin('POST', `/${realm}/users`, { username, enabled: true, realmRoles: [], credentials: [{ type: 'password', value: password, temporary: false }] });
    expect(created.status).toBe(201);
    const { body: found } = await keycloakAdmin<{ id: string }[]>('GET', `/${realm}/users?exact=true&username=${username}`);
    const { body: roleRep } = await keycloakAdmin('GET', `/${realm}/roles/${role}`);
    expect((await keycloakAdmin('POST', `/${realm}/users/${found[0].id}/role-mappings/realm`, [roleRep])).status).toBe(204);
    return { username, password };
  }

  it('has no demo account and no relais-dev client, and no client allows direct grants', async () => {
    const { body: userList } = await keycloakAdmin<{ username: string }[]>('GET', `/${realm}/users?max=1000`);
    expect(userList.map((u) => u.username).filter((u) => !u.startsWith('service-account-'))).toEqual([]);
    const { body: clients } = await keycloakAdmin<{ clientId: string; directAccessGrantsEnabled: boolean }[]>('GET', `/${realm}/clients`);
    expect(clients.map((c) => c.clientId)).not.toContain(DEV_CLIENT);
    expect(clients.filter((c) => c.directAccessGrantsEnabled).map((c) => c.clientId)).toEqual([]);
  });

  it('refuses the password grant even to a real account, who signs in through the browser with a password alone', async () => {
    const { username, password } = await createUser('statistician');
    for (const clientId of [WEB_CLIENT, 'admin-cli']) {
      const grant = await tokenRequest({ grant_type: 'password', client_id: clientId, username, password }, realm);
      expect([clientId, grant.body.error]).toEqual([clientId, 'unauthorized_client']);
    }
    // A statistician reads no personal data: no one-time code asked.
    const login = await browserLogin(realm, WEB_CLIENT, CALLBACK, username, password);
    expect(login.code).toEqual(expect.any(String));
  });

  it.each(OTP_ROLES)('makes a %s enrol an authenticator app before any code is issued', async (role) => {
    const { username, password } = await createUser(role);
    const login = await browserLogin(realm, WEB_CLIENT, CALLBACK, username, password);
    expect(login.code).toBeUndefined();
    expect(login.status).toBe(200);
    expect(login.page).toContain('name="totpSecret"');
  });
});
