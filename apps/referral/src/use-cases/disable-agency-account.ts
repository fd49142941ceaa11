import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { AccountDirectory } from '../accounts/account-directory';
import { AccountView, accountView, auditedAccountChange, manageableAccount } from './shared/agency-accounts';

/**
 * Switches an account off: no new sign-in, no refresh, and its sessions end now. An access token
 * already issued still works until it expires (5 minutes in the Relais realm). Idempotent.
 */
@Injectable()
export class DisableAgencyAccount {
  constructor(
    private readonly tx: TransactionHost,
    private readonly directory: AccountDirectory,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, agencyId: string, userId: string): Promise<AccountView> {
    const change = { principal, agencyId, action: 'account.disable', resourceType: 'account', resourceId: userId } as const;
    return auditedAccountChange(this.tx, this.audit, change, async (manager) => {
      const account = await manageableAccount(this.directory, principal, agencyId, userId);
      await this.directory.setEnabled(userId, false);
      await this.directory.endSessions(userId);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'account.disable',
        resourceType: 'account',
        resourceId: userId,
        outcome: 'success',
        details: { agencyId, wasEnabled: account.enabled },
      });
      return accountView({ ...account, enabled: false });
    });
  }
}
