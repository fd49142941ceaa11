import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The real Keycloak for the tests that need one (integration and browser tiers): the local one of
 * deploy/keycloak/keycloak.sh, or the one KEYCLOAK_URL names. Tests call ensureKeycloak() in
 * beforeAll; the run that started it stops it in global teardown.
 */
/** The local server of keycloak.sh (KEYCLOAK_PORT, as the runner reads it). */
const LOCAL_URL = `http://127.0.0.1:${process.env.KEYCLOAK_PORT ?? 8080}`;
export const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? LOCAL_URL;
export const KEYCLOAK_REALM = 'relais';
export const KEYCLOAK_ISSUER = `${KEYCLOAK_URL}/realms/${KEYCLOAK_REALM}`;
export const KEYCLOAK_JWKS_URL = `${KEYCLOAK_ISSUER}/protocol/openid-connect/certs`;
/** Development realm only: every demo account's password, and the bootstrap administrator. */
export const KEYCLOAK_DEMO_PASSWORD = 'relais-demo';
const ADMIN_USER = process.env.KEYCLOAK_ADMIN_USER ?? 'relais-admin';
const ADMIN_PASSWORD = process.env.KEYCLOAK_ADMIN_PASSWORD ?? 'relais-admin-dev';

const script = join(__dirname, '../../../deploy/keycloak/keycloak.sh');

/** Marks "this test run started Keycloak" across Jest's worker processes (global setup sets the id). */
function startedMarker(): string {
  return join(tmpdir(), `relais-tests-started-keycloak-${process.env.RELAIS_TEST_RUN_ID ?? 'unknown'}`);
}

export async function keycloakRealmReady(realm = KEYCLOAK_REALM): Promise<boolean> {
  try {
    const response = await fetch(`${KEYCLOAK_URL}/realms/${realm}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
    if (response.status !== 200) return false;
    return ((await response.json()) as { issuer?: string }).issuer === `${KEYCLOAK_URL}/realms/${realm}`;
  } catch {
    return false;
  }
}

export async function ensureKeycloak(): Promise<void> {
  if (await keycloakRealmReady()) return;
  if (KEYCLOAK_URL !== LOCAL_URL) throw new Error(`KEYCLOAK_URL=${KEYCLOAK_URL} does not serve the realm ${KEYCLOAK_REALM}`);
  console.log('\nStarting the local Keycloak for the tests (deploy/keycloak/keycloak.sh start)…');
  const env = { ...process.env };
  delete env.AUTH_JWKS_URL; // the tests' own provider settings must not make the runner skip the start
  execFileSync('bash', [script, 'start'], { stdio: 'inherit', env });
  writeFileSync(startedMarker(), String(process.pid));
}

/** For global teardown: stops Keycloak if this run started it. */
export function stopKeycloakIfStarted(): void {
  const marker = startedMarker();
  if (!existsSync(marker)) return;
  rmSync(marker, { force: true });
  execFileSync('bash', [script, 'stop'], { stdio: 'inherit' });
}

export interface TokenResponse {
  status: number;
  body: { access_token?: string; id_token?: string; refresh_token?: string; expires_in?: number; error?: string; error_description?: string };
}

export async function tokenRequest(form: Record<string, string>, realm = KEYCLOAK_REALM): Promise<TokenResponse> {
  const response = await fetch(`${KEYCLOAK_URL}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: (await response.json()) as TokenResponse['body'] };
}

/** The password grant of the development client `relais-dev` (it does not exist in production). */
export function keycloakPasswordGrant(username: string, password = KEYCLOAK_DEMO_PASSWORD, clientId = 'relais-dev'): Promise<TokenResponse> {
  return tokenRequest({ grant_type: 'password', client_id: clientId, username, password, scope: 'openid' });
}

/** An access token of a demo account; throws (the test fails) when Keycloak refuses. */
export async function keycloakAccessToken(username: string, password = KEYCLOAK_DEMO_PASSWORD): Promise<string> {
  const { status, body } = await keycloakPasswordGrant(username, password);
  if (status !== 200 || !body.access_token) throw new Error(`Keycloak refused ${username}: ${status} ${body.error ?? ''}`);
  return body.access_token;
}

/** The master realm's bootstrap administrator (development only): for what no realm client may do, such as creating a realm. */
export async function keycloakMasterAdminToken(): Promise<string> {
  const { status, body } = await tokenRequest({ grant_type: 'password', client_id: 'admin-cli', username: ADMIN_USER, password: ADMIN_PASSWORD }, 'master');
  if (!body.access_token) throw new Error(`the Keycloak bootstrap administrator cannot sign in: ${status}`);
  return body.access_token;
}

/** A call to the admin REST API (`path` under /admin/realms) as the bootstrap administrator. */
export async function keycloakAdmin<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${KEYCLOAK_URL}/admin/realms${path}`, {
    method,
    headers: { authorization: `Bearer ${await keycloakMasterAdminToken()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}
