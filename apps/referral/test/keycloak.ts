import { randomBytes } from 'node:crypto';

/**
 * The local Keycloak (deploy/keycloak/keycloak.sh) as the account tests see it: tokens from the
 * development realm's password grant, and the admin API for what a test must arrange or undo
 * (a permanent password so a user can sign in, deleting the accounts it made).
 */
export const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8080';
export const REALM = 'relais';
export const ISSUER = `${KEYCLOAK_URL}/realms/${REALM}`;
export const JWKS_URL = `${ISSUER}/protocol/openid-connect/certs`;
const TOKEN_URL = `${ISSUER}/protocol/openid-connect/token`;
const ADMIN_URL = `${KEYCLOAK_URL}/admin/realms/${REALM}`;
export const DEMO_PASSWORD = 'relais-demo';

export interface Grant {
  status: number;
  body: { access_token?: string; refresh_token?: string; error?: string; error_description?: string };
}

async function tokenRequest(form: Record<string, string>): Promise<Grant> {
  const response = await fetch(TOKEN_URL, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
  return { status: response.status, body: (await response.json()) as Grant['body'] };
}

/** The password grant of `relais-dev` (direct access grants: development realm only). */
export function passwordGrant(username: string, password: string): Promise<Grant> {
  return tokenRequest({ grant_type: 'password', client_id: 'relais-dev', username, password, scope: 'openid' });
}

export function refreshGrant(refreshToken: string): Promise<Grant> {
  return tokenRequest({ grant_type: 'refresh_token', client_id: 'relais-dev', refresh_token: refreshToken });
}

/** An access token for a demo account; throws if Keycloak is not there (the test then fails, it is not skipped). */
export async function signIn(username: string, password = DEMO_PASSWORD): Promise<string> {
  const grant = await passwordGrant(username, password);
  if (grant.status !== 200 || !grant.body.access_token) throw new Error(`cannot sign in as ${username}: ${grant.status} ${grant.body.error ?? ''}`);
  return grant.body.access_token;
}

async function adminToken(): Promise<string> {
  const grant = await tokenRequest({ grant_type: 'client_credentials', client_id: 'relais-accounts', client_secret: 'relais-accounts-dev-secret' });
  if (!grant.body.access_token) throw new Error(`relais-accounts cannot get a token: ${grant.status}`);
  return grant.body.access_token;
}

async function admin(method: string, path: string, body?: unknown): Promise<number> {
  const response = await fetch(`${ADMIN_URL}${path}`, {
    method,
    headers: { authorization: `Bearer ${await adminToken()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await response.text();
  return response.status;
}

/** What the user would do at first sign-in: choose their own password. */
export async function choosePassword(userId: string, password: string): Promise<void> {
  expectStatus(await admin('PUT', `/users/${userId}/reset-password`, { type: 'password', value: password, temporary: false }), 204);
  const response = await fetch(`${ADMIN_URL}/users/${userId}`, { headers: { authorization: `Bearer ${await adminToken()}` } });
  const user = (await response.json()) as Record<string, unknown>;
  expectStatus(await admin('PUT', `/users/${userId}`, { ...user, requiredActions: [] }), 204);
}

export async function deleteUser(userId: string): Promise<void> {
  await admin('DELETE', `/users/${userId}`);
}

export async function deleteGroup(path: string): Promise<void> {
  const response = await fetch(`${ADMIN_URL}/group-by-path${path}`, { headers: { authorization: `Bearer ${await adminToken()}` } });
  if (response.status !== 200) return;
  const group = (await response.json()) as { id: string };
  await admin('DELETE', `/groups/${group.id}`);
}

/** A username no other run uses, so parallel runs against one Keycloak do not collide. */
export function freshUsername(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** A password the realm's policy takes (length, not the username, not one of the last three). */
export function ownPassword(): string {
  return `Own-${randomBytes(9).toString('base64url')}`;
}

function expectStatus(actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`keycloak admin call answered ${actual}, expected ${expected}`);
}
