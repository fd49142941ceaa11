import { randomBytes } from 'node:crypto';
import { keycloakAdmin, KEYCLOAK_REALM, keycloakPasswordGrant, TokenResponse, tokenRequest } from '@relais/testing';

/**
 * What the account tests arrange or undo in the real Keycloak beside the service under test: a
 * password the user chose (so they can sign in), a refresh, deleting what a test made.
 */
const users = `/${KEYCLOAK_REALM}/users`;

export function passwordGrant(username: string, password: string): Promise<TokenResponse> {
  return keycloakPasswordGrant(username, password);
}

export function refreshGrant(refreshToken: string): Promise<TokenResponse> {
  return tokenRequest({ grant_type: 'refresh_token', client_id: 'relais-dev', refresh_token: refreshToken });
}

/** What the user would do at first sign-in: choose their own password. */
export async function choosePassword(userId: string, password: string): Promise<void> {
  expectStatus(await keycloakAdmin('PUT', `${users}/${userId}/reset-password`, { type: 'password', value: password, temporary: false }), 204);
  const user = await keycloakAdmin<Record<string, unknown>>('GET', `${users}/${userId}`);
  expectStatus(await keycloakAdmin('PUT', `${users}/${userId}`, { ...user.body, requiredActions: [] }), 204);
}

export async function deleteUser(userId: string): Promise<void> {
  await keycloakAdmin('DELETE', `${users}/${userId}`);
}

export async function deleteGroup(path: string): Promise<void> {
  const group = await keycloakAdmin<{ id: string }>('GET', `/${KEYCLOAK_REALM}/group-by-path${path}`);
  if (group.status === 200) await keycloakAdmin('DELETE', `/${KEYCLOAK_REALM}/groups/${group.body.id}`);
}

/** A username no other run uses, so parallel runs against one Keycloak do not collide. */
export function freshUsername(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** A password the realm's policy takes (length, not the username, not one of the last three). */
export function ownPassword(): string {
  return `Own-${randomBytes(9).toString('base64url')}`;
}

function expectStatus(answer: { status: number }, expected: number): void {
  if (answer.status !== expected) throw new Error(`keycloak admin call answered ${answer.status}, expected ${expected}`);
}
