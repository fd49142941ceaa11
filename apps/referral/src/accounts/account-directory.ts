import { Account, AgencyAccountRole } from '../domain/accounts';

export interface NewAccount {
  username: string;
  firstName: string;
  lastName: string;
  email?: string;
  role: AgencyAccountRole;
}

export interface OrganisationAttributes {
  agencyId: string;
  region?: string;
}

/**
 * Where people's accounts live (Keycloak in every installation so far). Use cases decide who may do
 * what; this port only carries it out. Every method throws ReferralException
 * IDENTITY_PROVIDER_UNAVAILABLE when the provider cannot be reached, so nothing here is a 500.
 */
export abstract class AccountDirectory {
  /** The id of the group at this path (`/agencies/<id>`), or undefined. */
  abstract findGroup(path: string): Promise<string | undefined>;

  /** Creates `/agencies/<agencyId>` with the attributes that become claims; returns its id. */
  abstract createAgencyGroup(attributes: OrganisationAttributes): Promise<string>;

  /** The group's members, with their effective roles and groups. */
  abstract listMembers(groupId: string, groupPath: string): Promise<Account[]>;

  /** One account with its effective roles and groups, or undefined when there is no such id. */
  abstract findAccount(userId: string): Promise<Account | undefined>;

  /**
   * Creates an enabled account in the group with the role. With a password, it is temporary (the
   * user must change it at first sign-in); without, the user is sent an e-mail to set one. An
   * account left half made (the role or group could not be given) is deleted before throwing.
   * Throws USERNAME_TAKEN / EMAIL_TAKEN / ACCOUNT_REJECTED for what the provider refuses.
   */
  abstract createAccount(account: NewAccount, groupId: string, temporaryPassword: string | undefined): Promise<string>;

  abstract setEnabled(userId: string, enabled: boolean): Promise<void>;

  /** Ends every session of the account, so its refresh tokens stop working at once. */
  abstract endSessions(userId: string): Promise<void>;

  /** A new password that must be changed at next sign-in. */
  abstract setTemporaryPassword(userId: string, password: string): Promise<void>;

  /** Whether the provider can send e-mail (the realm has an SMTP server). */
  abstract canSendEmail(): Promise<boolean>;

  /** E-mails the user a link to choose a new password. */
  abstract sendPasswordEmail(userId: string): Promise<void>;
}
