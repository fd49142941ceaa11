import { Principal } from '@relais/auth';
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
