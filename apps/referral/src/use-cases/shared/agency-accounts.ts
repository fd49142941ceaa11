import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { EntityManager } from 'typeorm';
import { AccountDirectory } from '../../accounts/account-directory';
import { Account, accountAccess, agencyRolesOf, AgencyAccountRole, mayManageAgencyAccounts } from '../../domain/accounts';
import { ReferralErrorCode, ReferralException } from '../../domain/referral-errors';

/** An account as the API shows it: no names, no e-mail address (the provider keeps those). */
export interface AccountView {
  id: string;
  username: string;
  enabled: boolean;
  roles: AgencyAccountRole[];
  createdAt: string | null;
}

export function accountView(account: Account): AccountView {
  return {
    id: account.id,
    username: account.username,
    enabled: account.enabled,
    roles: agencyRolesOf(account),
    createdAt: account.createdAt?.toISOString() ?? null,
  };
}

/** Another agency's administrator learns nothing about this agency's accounts: 403 before any look-up. */
export function assertMayManage(principal: Principal, agencyId: string): void {
  if (!mayManageAgencyAccounts(principal, agencyId)) throw new ReferralException(ReferralErrorCode.AccountsNotYours, { agencyId });
}

/** The account, if this caller may change it through this agency; absent and elsewhere both answer 404. */
export async function manageableAccount(directory: AccountDirectory, principal: Principal, agencyId: string, userId: string): Promise<Account> {
  assertMayManage(principal, agencyId);
  const account = await directory.findAccount(userId);
  const access = account ? accountAccess(principal, agencyId, account) : 'notFound';
  if (access === 'notFound' || !account) throw new ReferralException(ReferralErrorCode.AccountNotFound, { agencyId, userId });
  if (access === 'notManageable') throw new ReferralException(ReferralErrorCode.AccountNotManageable, { userId });
  return account;
}

/** Refusals worth a trace: someone tried to reach an account or agency that is not theirs. */
const REFUSALS = new Set<string>([ReferralErrorCode.AccountsNotYours, ReferralErrorCode.AccountNotFound, ReferralErrorCode.AccountNotManageable, ReferralErrorCode.RoleNotGrantable]);

export interface AccountChange {
  principal: Principal;
  agencyId: string;
  /** Audit action, e.g. `account.disable`. */
  action: string;
  /** What the trail names when refused: the account asked for, or the agency for a creation. */
  resourceType: 'account' | 'agency';
  resourceId: string;
}

/**
 * Runs an account change in one transaction with its audit row; a refusal (another agency, an
 * account out of reach, a role not grantable) is recorded as `denied` and committed before the
 * error goes back, so probing leaves a trace.
 */
export async function auditedAccountChange<T>(
  tx: TransactionHost,
  audit: AuditTrail,
  change: AccountChange,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const outcome = await tx.run(async (manager): Promise<{ value: T } | { refusal: ReferralException }> => {
    try {
      return { value: await work(manager) };
    } catch (error) {
      if (!(error instanceof ReferralException) || !REFUSALS.has(error.code)) throw error;
      await audit.append(manager, {
        actor: change.principal.sub,
        action: change.action,
        resourceType: change.resourceType,
        resourceId: change.resourceId,
        outcome: 'denied',
        details: { agencyId: change.agencyId, reason: error.code },
      });
      return { refusal: error };
    }
  });
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome.value;
}
