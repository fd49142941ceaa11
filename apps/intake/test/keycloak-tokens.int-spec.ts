import { ensureKeycloak, KEYCLOAK_ISSUER, KEYCLOAK_JWKS_URL, keycloakAccessToken, keycloakPasswordGrant, request, startTestService, TestService } from '@relais/testing';
import { INTAKE_SERVICE } from '../src/intake.service-definition';
import { adultBody } from './support/bodies';

/**
 * Tokens of the real Keycloak (password grant of relais-dev, development realm) reach intake,
 * booted as main.ts boots it and verifying against Keycloak's JWKS, with the scope of the account
 * the organisation group gives: own data 200, another's 404, a role without access 403, an ID
 * token 401.
 */
const KEYCLOAK_ENV = { AUTH_JWKS_URL: KEYCLOAK_JWKS_URL, AUTH_ISSUER: KEYCLOAK_ISSUER, DEADLINE_SCHEDULER_ENABLED: 'false' };

describe('intake behind the real Keycloak', () => {
  const services: Record<string, TestService> = {};
  const tokens: Record<string, string> = {};
  const call = async (service: string, username: string, path: string, body?: unknown) =>
    (await request(`${services[service].url}/api/v1${path}`, { token: tokens[username], body })).status;

  beforeAll(async () => {
    await ensureKeycloak();
    services.intake = await startTestService(INTAKE_SERVICE, { env: KEYCLOAK_ENV });
    const usernames = ['officer-mopti', 'supervisor-mopti', 'caseworker-cp-mopti', 'caseworker-shelter-bamako', 'coordinator', 'statistician'];
    for (const username of usernames) tokens[username] = await keycloakAccessToken(username);
  }, 600_000); // a cold start builds Keycloak first
  afterAll(async () => {
    for (const service of Object.values(services)) await service.close();
  });

  it('scopes an identification to the officer’s unit and region: 200 there, 404 for another agency', async () => {
    const body = adultBody();
    expect(await call('intake', 'officer-mopti', '/identifications', body)).toBe(201);
    const id = body.id as string;
    expect(await call('intake', 'officer-mopti', `/identifications/${id}`)).toBe(200);
    expect(await call('intake', 'supervisor-mopti', `/identifications/${id}`)).toBe(200);
    expect(await call('intake', 'coordinator', `/identifications/${id}`)).toBe(200);
    expect(await call('intake', 'caseworker-shelter-bamako', `/identifications/${id}`)).toBe(404);
    expect(await call('intake', 'caseworker-cp-mopti', `/identifications/${id}`)).toBe(404);
  });

  it('lets the roles that list identifications list them, and no other', async () => {
    expect(await call('intake', 'officer-mopti', '/identifications')).toBe(200);
    expect(await call('intake', 'supervisor-mopti', '/identifications')).toBe(200);
    expect(await call('intake', 'coordinator', '/identifications')).toBe(200);
    expect(await call('intake', 'statistician', '/identifications')).toBe(403);
  });

  it('refuses an ID token (401)', async () => {
    const { body } = await keycloakPasswordGrant('officer-mopti');
    const answer = await request(`${services.intake.url}/api/v1/identifications`, { token: body.id_token! });
    expect(answer.status).toBe(401);
  });
});
