import { createServer } from 'node:net';
import { ensureKeycloak, KEYCLOAK_ISSUER, KEYCLOAK_JWKS_URL, KEYCLOAK_URL, keycloakAccessToken, request, startTestService, TestService } from '@relais/testing';
import { DataSource } from 'typeorm';
import { REFERRAL_SERVICE } from '../src/referral.service-definition';
import { choosePassword, deleteGroup, deleteUser, freshUsername, ownPassword, passwordGrant, refreshGrant } from './keycloak';

jest.setTimeout(120_000);

/** Tokens from the real Keycloak (password grant of relais-dev), verified by the service against its JWKS. */
const KEYCLOAK_ENV = { AUTH_JWKS_URL: KEYCLOAK_JWKS_URL, AUTH_ISSUER: KEYCLOAK_ISSUER, KEYCLOAK_URL, DEADLINE_SCHEDULER_ENABLED: 'false' };
const signIn = keycloakAccessToken;
const MOPTI = 'demo-cp-mopti';
const BAMAKO_NGO = 'demo-shelter-bamako-ngo';

describe('agency accounts (real Keycloak, Postgres and Kafka)', () => {
  let service: TestService;
  let adminMopti: string;
  let coordinator: string;
  const created: string[] = [];
  const url = (path: string) => `${service.url}/api/v1${path}`;
  const accounts = (agencyId: string, rest = '') => url(`/agencies/${agencyId}/accounts${rest}`);
  const newCaseworker = (username = freshUsername('it-cw')) => ({ username, firstName: 'Awa', lastName: 'Traoré' });
  async function open(token: string, agencyId: string, body: object, headers: Record<string, string> = {}) {
    const answer = await request(accounts(agencyId), { token, body, headers });
    if (answer.status === 201) created.push(answer.body.id);
    return answer;
  }

  beforeAll(async () => {
    await ensureKeycloak();
    service = await startTestService(REFERRAL_SERVICE, { env: KEYCLOAK_ENV });
    [adminMopti, coordinator] = await Promise.all([signIn('admin-cp-mopti'), signIn('coordinator')]);
  });
  afterAll(async () => {
    await Promise.all(created.map(deleteUser));
    await service?.close();
  });

  it('lets an agency administrator open a caseworker account whose one-time password must be changed', async () => {
    const body = newCaseworker();
    const first = await open(adminMopti, MOPTI, body, { 'idempotency-key': `it-${body.username}` });
    expect(first.status).toBe(201);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.body).toMatchObject({ username: body.username, enabled: true, roles: ['agency_caseworker'], passwordDelivery: 'temporaryPassword' });
    expect(first.body.temporaryPassword).toMatch(/^.{20}$/);
    expect(Date.parse(first.body.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(first.body).not.toHaveProperty('firstName');

    // Keycloak refuses the one-time password for tokens until the user has chosen their own.
    const grant = await passwordGrant(body.username, first.body.temporaryPassword);
    expect(grant).toMatchObject({ status: 400, body: { error: 'invalid_grant', error_description: 'Account is not fully set up' } });

    const replay = await request(accounts(MOPTI), { token: adminMopti, body, headers: { 'idempotency-key': `it-${body.username}` } });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ id: first.body.id, passwordDelivery: 'alreadySent' });
    expect(replay.body).not.toHaveProperty('temporaryPassword');
    const otherBody = await request(accounts(MOPTI), { token: adminMopti, body: { ...body, lastName: 'Diarra' }, headers: { 'idempotency-key': `it-${body.username}` } });
    expect(otherBody).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    const taken = await request(accounts(MOPTI), { token: adminMopti, body, headers: { 'accept-language': 'en' } });
    expect(taken).toMatchObject({ status: 409, body: { code: 'USERNAME_TAKEN', message: 'This username is already taken: choose another one.' } });
    const takenFr = await request(accounts(MOPTI), { token: adminMopti, body });
    expect(takenFr.body.message).toBe('Cet identifiant est déjà pris : choisissez-en un autre.');

    const listed = await request(accounts(MOPTI), { token: adminMopti });
    expect(listed.status).toBe(200);
    const usernames = listed.body.map((a: { username: string }) => a.username);
    expect(usernames).toEqual(expect.arrayContaining(['admin-cp-mopti', 'caseworker-cp-mopti', body.username]));
    expect(listed.body.find((a: { id: string }) => a.id === first.body.id)).toEqual({
      id: first.body.id, username: body.username, enabled: true, roles: ['agency_caseworker'], createdAt: first.body.createdAt,
    });
    expect(listed.body.find((a: { username: string }) => a.username === 'admin-cp-mopti').roles).toEqual(['agency_admin']);
  });

  it('disables an account at once (no new token, no refresh), enables it again, and resets its password', async () => {
    const body = newCaseworker();
    const account = (await open(adminMopti, MOPTI, body)).body;
    const password = ownPassword();
    await choosePassword(account.id, password);
    const before = await passwordGrant(body.username, password);
    expect(before.status).toBe(200);

    const disabled = await request(accounts(MOPTI, `/${account.id}/disable`), { token: adminMopti, method: 'POST' });
    expect(disabled).toMatchObject({ status: 200, body: { id: account.id, enabled: false } });
    expect(await passwordGrant(body.username, password)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await refreshGrant(before.body.refresh_token!)).status).toBe(400);
    const listed = await request(accounts(MOPTI), { token: adminMopti });
    expect(listed.body.find((a: { id: string }) => a.id === account.id).enabled).toBe(false);

    const enabled = await request(accounts(MOPTI, `/${account.id}/enable`), { token: adminMopti, method: 'POST' });
    expect(enabled).toMatchObject({ status: 200, body: { id: account.id, enabled: true } });
    expect((await passwordGrant(body.username, password)).status).toBe(200);
    // The sessions ended with the disabling: switching the account back on does not revive them.
    expect(await refreshGrant(before.body.refresh_token!)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });

    const reset = await request(accounts(MOPTI, `/${account.id}/reset-password`), { token: adminMopti, method: 'POST' });
    expect(reset).toMatchObject({ status: 200, body: { account: { id: account.id }, passwordDelivery: 'temporaryPassword' } });
    expect(reset.headers.get('cache-control')).toBe('no-store');
    expect(reset.body.temporaryPassword).not.toBe(account.temporaryPassword);
    expect((await passwordGrant(body.username, password)).status).toBe(400);
    expect(await passwordGrant(body.username, reset.body.temporaryPassword)).toMatchObject({ body: { error_description: 'Account is not fully set up' } });

    // Every change is in the audit trail with who and which account, never the names or username.
    const db = service.app.get(DataSource);
    const audited = await db.query(`SELECT actor, action, details FROM audit_log WHERE resource_id = $1 ORDER BY seq`, [account.id]);
    expect(audited).toEqual([
      { actor: 'demo-admin-cp-mopti', action: 'account.create', details: { agencyId: MOPTI, role: 'agency_caseworker', passwordDelivery: 'temporaryPassword' } },
      { actor: 'demo-admin-cp-mopti', action: 'account.disable', details: { agencyId: MOPTI, wasEnabled: true } },
      { actor: 'demo-admin-cp-mopti', action: 'account.enable', details: { agencyId: MOPTI, wasEnabled: false } },
      { actor: 'demo-admin-cp-mopti', action: 'account.reset-password', details: { agencyId: MOPTI, passwordDelivery: 'temporaryPassword' } },
    ]);
    const everything = JSON.stringify(await db.query(`SELECT * FROM audit_log`));
    expect(everything).not.toContain(body.username);
    expect(everything).not.toContain('Traoré');
    expect(everything).not.toContain(reset.body.temporaryPassword);
  });

  it('keeps an agency administrator to their own agency\'s caseworkers', async () => {
    const elsewhere = await request(accounts(BAMAKO_NGO), { token: adminMopti });
    expect(elsewhere).toMatchObject({ status: 403, body: { code: 'ACCOUNTS_NOT_YOURS' } });
    expect((await request(accounts(BAMAKO_NGO), { token: adminMopti, body: newCaseworker() })).status).toBe(403);
    expect((await request(accounts(BAMAKO_NGO, '/demo-caseworker-shelter-bamako/disable'), { token: adminMopti, method: 'POST' })).status).toBe(403);

    // Another agency's caseworker, a police officer and a made-up id look the same through one's own agency.
    for (const userId of ['demo-caseworker-shelter-bamako', 'demo-officer-mopti', '00000000-0000-4000-8000-000000000000']) {
      for (const action of ['disable', 'enable', 'reset-password']) {
        const answer = await request(accounts(MOPTI, `/${userId}/${action}`), { token: adminMopti, method: 'POST' });
        expect({ userId, action, status: answer.status, code: answer.body.code }).toEqual({ userId, action, status: 404, code: 'ACCOUNT_NOT_FOUND' });
      }
    }
    // The other agency's caseworker can still sign in: nothing was changed.
    expect((await passwordGrant('caseworker-shelter-bamako', 'relais-demo')).status).toBe(200);

    // Never another administrator, themselves included; never the administrator role.
    const self = await request(accounts(MOPTI, '/demo-admin-cp-mopti/disable'), { token: adminMopti, method: 'POST' });
    expect(self).toMatchObject({ status: 403, body: { code: 'ACCOUNT_NOT_MANAGEABLE' } });
    const promote = await open(adminMopti, MOPTI, { ...newCaseworker(), role: 'agency_admin' });
    expect(promote).toMatchObject({ status: 403, body: { code: 'ROLE_NOT_GRANTABLE' } });
    for (const role of ['coordinator', 'system_admin']) {
      expect((await request(accounts(MOPTI), { token: adminMopti, body: { ...newCaseworker(), role } })).status).toBe(400);
    }

    // Each refusal is in the audit trail: probing leaves a trace.
    const denied = await service.app.get(DataSource).query(
      `SELECT action, resource_type, resource_id, details->>'reason' AS reason FROM audit_log WHERE outcome = 'denied' AND actor = 'demo-admin-cp-mopti' ORDER BY seq`,
    );
    expect(denied).toEqual(expect.arrayContaining([
      { action: 'account.create', resource_type: 'agency', resource_id: BAMAKO_NGO, reason: 'ACCOUNTS_NOT_YOURS' },
      { action: 'account.disable', resource_type: 'account', resource_id: 'demo-caseworker-shelter-bamako', reason: 'ACCOUNTS_NOT_YOURS' },
      { action: 'account.reset-password', resource_type: 'account', resource_id: 'demo-officer-mopti', reason: 'ACCOUNT_NOT_FOUND' },
      { action: 'account.disable', resource_type: 'account', resource_id: 'demo-admin-cp-mopti', reason: 'ACCOUNT_NOT_MANAGEABLE' },
      { action: 'account.create', resource_type: 'agency', resource_id: MOPTI, reason: 'ROLE_NOT_GRANTABLE' },
    ]));

    // Other roles of the agency do not manage accounts at all.
    const caseworker = await signIn('caseworker-cp-mopti');
    expect((await request(accounts(MOPTI), { token: caseworker })).status).toBe(403);
    expect((await request(accounts(MOPTI), { token: caseworker, body: newCaseworker() })).status).toBe(403);
  });

  it('lets the coordinator manage any agency\'s accounts, administrators included', async () => {
    const listed = await request(accounts(BAMAKO_NGO), { token: coordinator });
    expect(listed.status).toBe(200);
    expect(listed.body.map((a: { username: string }) => a.username)).toContain('caseworker-shelter-bamako');

    const body = { ...newCaseworker(freshUsername('it-admin')), role: 'agency_admin' };
    const admin = await open(coordinator, BAMAKO_NGO, body);
    expect(admin).toMatchObject({ status: 201, body: { roles: ['agency_admin'], enabled: true } });
    const password = ownPassword();
    await choosePassword(admin.body.id, password);
    // The new administrator's token carries the agency from the organisation group.
    const adminToken = await signIn(body.username, password);
    const claims = JSON.parse(Buffer.from(adminToken.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ agencyId: BAMAKO_NGO, roles: ['agency_admin'] });
    expect((await request(accounts(BAMAKO_NGO), { token: adminToken })).status).toBe(200);
    expect((await request(accounts(MOPTI), { token: adminToken })).status).toBe(403);

    expect((await request(accounts(BAMAKO_NGO, `/${admin.body.id}/disable`), { token: coordinator, method: 'POST' })).body.enabled).toBe(false);
    expect((await request(accounts(BAMAKO_NGO, `/${admin.body.id}/enable`), { token: coordinator, method: 'POST' })).body.enabled).toBe(true);
    // A national account parked in an agency group is not an agency account.
    expect((await request(accounts(MOPTI, '/demo-coordinator/disable'), { token: coordinator, method: 'POST' })).status).toBe(404);
  });

  it('creates the organisation of an agency added to the directory after the realm, for the coordinator only', async () => {
    const agencyId = `it-abri-${freshUsername('x').slice(2)}`;
    const agency = {
      id: agencyId, name: 'Abri de test', type: 'Shelter', services: ['shelter'], regions: ['segou'],
      accepts: { minors: true, adults: true, sexes: ['female', 'male', 'unknown'] }, languages: ['fr'], capacity: { beds: 2, available: 2 },
    };
    expect((await request(url('/agencies'), { token: coordinator, body: agency })).status).toBe(201);
    try {
      expect(await request(accounts(agencyId), { token: coordinator })).toMatchObject({ status: 200, body: [] });
      const body = { ...newCaseworker(freshUsername('it-admin')), role: 'agency_admin' };
      const admin = await open(coordinator, agencyId, body);
      expect(admin.status).toBe(201);
      const password = ownPassword();
      await choosePassword(admin.body.id, password);
      const claims = JSON.parse(Buffer.from((await signIn(body.username, password)).split('.')[1], 'base64url').toString());
      expect(claims).toMatchObject({ agencyId, region: 'segou', roles: ['agency_admin'] });
    } finally {
      await deleteGroup(`/agencies/${agencyId}`);
    }
    expect((await request(accounts('demo-cp-kayes'), { token: coordinator })).body).toEqual([]);
  });

  it('answers 400 field by field, in the caller\'s language', async () => {
    const answer = await request(accounts(MOPTI), {
      token: adminMopti,
      headers: { 'accept-language': 'en' },
      body: { username: 'A B', firstName: '<script>', lastName: '', email: 'not-an-address', role: 'agency_boss', extra: 1 },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect([...new Set(answer.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['email', 'extra', 'firstName', 'lastName', 'role', 'username']);
    expect((await request(accounts(MOPTI, '/not a user!/disable'), { token: adminMopti, method: 'POST' })).status).toBe(400);
    expect((await request(accounts('No_Such', ''), { token: coordinator })).status).toBe(400);
    expect(await request(accounts('no-such-agency'), { token: coordinator })).toMatchObject({ status: 404, body: { code: 'AGENCY_NOT_FOUND' } });
  });

  it('keeps serving everything else when Keycloak is away, and answers 503 on accounts', async () => {
    const away = await startTestService(REFERRAL_SERVICE, {
      databaseUrl: service.databaseUrl,
      namespace: service.namespace,
      env: { ...KEYCLOAK_ENV, KEYCLOAK_URL: `http://127.0.0.1:${await closedPort()}`, KEYCLOAK_TIMEOUT_MS: '1000' },
    });
    try {
      const base = `${away.url}/api/v1`;
      expect((await request(`${base}/agencies/${MOPTI}`, { token: adminMopti })).status).toBe(200);
      const listed = await request(`${base}/agencies/${MOPTI}/accounts`, { token: adminMopti, headers: { 'accept-language': 'en' } });
      expect(listed).toMatchObject({ status: 503, body: { code: 'IDENTITY_PROVIDER_UNAVAILABLE' } });
      expect(listed.headers.get('retry-after')).toBe('5');
      expect((await request(`${base}/agencies/${MOPTI}/accounts`, { token: adminMopti, body: newCaseworker() })).status).toBe(503);
      expect((await request(`${base}/agencies/${MOPTI}/accounts/demo-caseworker-cp-mopti/disable`, { token: adminMopti, method: 'POST' })).status).toBe(503);
    } finally {
      await away.close();
    }
  });
});

/** A port nothing listens on: bound, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
