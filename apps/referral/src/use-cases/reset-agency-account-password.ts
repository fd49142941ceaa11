import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { AccountDirectory } from '../accounts/account-directory';
import { temporaryPassword } from '../domain/accounts';
import { AccountView, accountView, auditedAccountChange, manageableAccount } from './shared/agency-accounts';

export interface PasswordReset {
  account: AccountView;
  passwordDelivery: 'temporaryPassword' | 'email';
  /** Shown once, to be handed to the user; they must change it at next sign-in. */
  temporaryPassword?: string;
}

/**
 * A forgotten or leaked password: the account's sessions end, and the user either receives a link
 * (the realm sends e-mail and they have an address) or is given a one-time password to change at
 * next sign-in. Not idempotent by nature: each call makes a new password.
 */
@Injectable()
export class ResetAgencyAccountPassword {
  constructor(
    private readonly tx: TransactionHost,
    private readonly directory: AccountDirectory,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, agencyId: string, userId: string): Promise<PasswordReset> {
    const change = { principal, agencyId, action: 'account.reset-password', resourceType: 'account', resourceId: userId } as const;
    return auditedAccountChange(this.tx, this.audit, change, async (manager) => {
      const account = await manageableAccount(this.directory, principal, agencyId, userId);
      const byEmail = account.hasEmail && (await this.directory.canSendEmail());
      const password = byEmail ? undefined : temporaryPassword();
      if (password) await this.directory.setTemporaryPassword(userId, password);
      else await this.directory.sendPasswordEmail(userId);
      await this.directory.endSessions(userId);
      const passwordDelivery = byEmail ? 'email' : 'temporaryPassword';
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'account.reset-password',
        resourceType: 'account',
        resourceId: userId,
        outcome: 'success',
        details: { agencyId, passwordDelivery },
      });
      return { account: accountView(account), passwordDelivery, ...(password ? { temporaryPassword: password } : {}) };
    });
  }
}
