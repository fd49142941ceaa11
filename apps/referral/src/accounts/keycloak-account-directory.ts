import { Inject, Injectable } from '@nestjs/common';
import { ROOT_LOGGER } from '@relais/platform';
import { Logger } from 'pino';
import { Account } from '../domain/accounts';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { AccountDirectory, NewAccount, OrganisationAttributes } from './account-directory';
import { KeycloakAdminClient } from './keycloak-admin-client';

interface UserRepresentation {
  id: string;
  username: string;
  enabled: boolean;
  email?: string;
  createdTimestamp?: number;
  [field: string]: unknown;
}

interface NamedRepresentation {
  id: string;
  name: string;
  path?: string;
}

/** An agency has tens of accounts; this bounds one listing and the role look-ups it makes. */
const MAX_MEMBERS = 500;
const PARALLEL_LOOKUPS = 8;
/** The realm's SMTP settings change rarely; asking once a minute is plenty. */
const SMTP_CHECK_TTL_MS = 60_000;
/** How long the link of a "choose your password" e-mail stays valid. */
const EMAIL_LINK_LIFESPAN_SECONDS = 72 * 3600;

/** The AccountDirectory port over Keycloak's admin REST API. */
@Injectable()
export class KeycloakAccountDirectory extends AccountDirectory {
  private smtp?: { configured: boolean; checkedAt: number };

  constructor(
    private readonly keycloak: KeycloakAdminClient,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  async findGroup(path: string): Promise<string | undefined> {
    const segments = path.split('/').filter(Boolean).map(encodeURIComponent).join('/');
    return (await this.keycloak.get<NamedRepresentation>(`/group-by-path/${segments}`))?.id;
  }

  async createAgencyGroup(attributes: OrganisationAttributes): Promise<string> {
    const parent = (await this.findGroup('/agencies')) ?? (await this.createGroup('/groups', 'agencies', {}));
    const claims: Record<string, string[]> = { agencyId: [attributes.agencyId] };
    if (attributes.region) claims.region = [attributes.region];
    return this.createGroup(`/groups/${parent}/children`, attributes.agencyId, claims);
  }

  async listMembers(groupId: string, groupPath: string): Promise<Account[]> {
    const members = (await this.keycloak.get<UserRepresentation[]>(`/groups/${groupId}/members?first=0&max=${MAX_MEMBERS}&briefRepresentation=true`)) ?? [];
    const accounts: Account[] = [];
    for (let i = 0; i < members.length; i += PARALLEL_LOOKUPS) {
      const batch = members.slice(i, i + PARALLEL_LOOKUPS);
      accounts.push(...(await Promise.all(batch.map(async (user) => account(user, await this.rolesOf(user.id), [groupPath])))));
    }
    return accounts.sort((a, b) => a.username.localeCompare(b.username));
  }

  async findAccount(userId: string): Promise<Account | undefined> {
    const user = await this.keycloak.get<UserRepresentation>(`/users/${userId}`);
    if (!user) return undefined;
    const [roles, groups] = await Promise.all([this.rolesOf(userId), this.groupsOf(userId)]);
    return account(user, roles, groups);
  }

  async createAccount(input: NewAccount, groupId: string, temporaryPassword: string | undefined): Promise<string> {
    const response = await this.keycloak.call('POST', '/users', {
      username: input.username,
      firstName: input.firstName,
      lastName: input.lastName,
      ...(input.email ? { email: input.email } : {}),
      enabled: true,
      requiredActions: ['UPDATE_PASSWORD'],
      ...(temporaryPassword ? { credentials: [{ type: 'password', value: temporaryPassword, temporary: true }] } : {}),
    });
    if (response.status === 409) throw conflict(response.body);
    if (response.status === 400) throw rejected(response.body);
    this.keycloak.expect(response, 'POST', '/users', 201);
    const id = response.headers.get('location')?.split('/').pop();
    if (!id) {
      this.logger.error('keycloak created a user without saying where');
      throw new ReferralException(ReferralErrorCode.IdentityProviderUnavailable);
    }
    try {
      const role = await this.keycloak.get<NamedRepresentation>(`/roles/${encodeURIComponent(input.role)}`);
      if (!role) {
        this.logger.error({ role: input.role }, 'the realm has no such role');
        throw new ReferralException(ReferralErrorCode.IdentityProviderUnavailable);
      }
      const joined = await this.keycloak.call('PUT', `/users/${id}/groups/${groupId}`);
      this.keycloak.expect(joined, 'PUT', '/users/{id}/groups/{groupId}', 204);
      const granted = await this.keycloak.call('POST', `/users/${id}/role-mappings/realm`, [{ id: role.id, name: role.name }]);
      this.keycloak.expect(granted, 'POST', '/users/{id}/role-mappings/realm', 204);
    } catch (error) {
      // An account without its agency or role would be a stray login: remove it, then report.
      await this.keycloak.call('DELETE', `/users/${id}`).catch(() => this.logger.error({ userId: id }, 'could not delete a half-made account'));
      throw error;
    }
    return id;
  }

  async setEnabled(userId: string, enabled: boolean): Promise<void> {
    // The whole representation goes back: a partial PUT may clear fields under Keycloak's user profile.
    const user = await this.keycloak.get<UserRepresentation>(`/users/${userId}`);
    if (!user) throw new ReferralException(ReferralErrorCode.AccountNotFound, { userId });
    const response = await this.keycloak.call('PUT', `/users/${userId}`, { ...user, enabled });
    this.keycloak.expect(response, 'PUT', '/users/{id}', 204);
  }

  async endSessions(userId: string): Promise<void> {
    const response = await this.keycloak.call('POST', `/users/${userId}/logout`);
    this.keycloak.expect(response, 'POST', '/users/{id}/logout', 204);
  }

  async setTemporaryPassword(userId: string, password: string): Promise<void> {
    const response = await this.keycloak.call('PUT', `/users/${userId}/reset-password`, { type: 'password', value: password, temporary: true });
    if (response.status === 400) throw rejected(response.body);
    this.keycloak.expect(response, 'PUT', '/users/{id}/reset-password', 204);
  }

  async canSendEmail(): Promise<boolean> {
    if (this.smtp && Date.now() - this.smtp.checkedAt < SMTP_CHECK_TTL_MS) return this.smtp.configured;
    const realm = await this.keycloak.get<{ smtpServer?: { host?: string } }>('');
    this.smtp = { configured: Boolean(realm?.smtpServer?.host), checkedAt: Date.now() };
    return this.smtp.configured;
  }

  async sendPasswordEmail(userId: string): Promise<void> {
    const response = await this.keycloak.call('PUT', `/users/${userId}/execute-actions-email?lifespan=${EMAIL_LINK_LIFESPAN_SECONDS}`, ['UPDATE_PASSWORD']);
    this.keycloak.expect(response, 'PUT', '/users/{id}/execute-actions-email', 204);
  }

  private async rolesOf(userId: string): Promise<string[]> {
    const roles = (await this.keycloak.get<NamedRepresentation[]>(`/users/${userId}/role-mappings/realm/composite?briefRepresentation=true`)) ?? [];
    return roles.map((role) => role.name);
  }

  private async groupsOf(userId: string): Promise<string[]> {
    const groups = (await this.keycloak.get<NamedRepresentation[]>(`/users/${userId}/groups?briefRepresentation=true`)) ?? [];
    return groups.map((group) => group.path ?? `/${group.name}`);
  }

  private async createGroup(path: string, name: string, attributes: Record<string, string[]>): Promise<string> {
    const response = await this.keycloak.call('POST', path, { name, attributes });
    this.keycloak.expect(response, 'POST', path, 201);
    const id = response.headers.get('location')?.split('/').pop();
    if (!id) throw new ReferralException(ReferralErrorCode.IdentityProviderUnavailable);
    return id;
  }
}

function account(user: UserRepresentation, roles: string[], groups: string[]): Account {
  return {
    id: user.id,
    username: user.username,
    enabled: user.enabled,
    createdAt: typeof user.createdTimestamp === 'number' ? new Date(user.createdTimestamp) : null,
    roles,
    groups,
    hasEmail: typeof user.email === 'string' && user.email.length > 0,
  };
}

function errorMessage(body: unknown): string {
  const message = (body as { errorMessage?: unknown } | undefined)?.errorMessage;
  return typeof message === 'string' ? message : '';
}

function conflict(body: unknown): ReferralException {
  return new ReferralException(/email/i.test(errorMessage(body)) ? ReferralErrorCode.EmailTaken : ReferralErrorCode.UsernameTaken);
}

/** Keycloak names the rule broken with a message key (`error-invalid-email`): safe to pass on, values are not. */
function rejected(body: unknown): ReferralException {
  const field = (body as { field?: unknown } | undefined)?.field;
  const key = errorMessage(body).replace(/\s+/g, '-').replace(/[^A-Za-z0-9._-]/g, '').slice(0, 80) || 'invalid';
  return new ReferralException(ReferralErrorCode.AccountRejected, { reason: typeof field === 'string' ? `${field.replace(/[^A-Za-z0-9._-]/g, '')}: ${key}` : key });
}
