import { createHmac } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { canonicalJson, IdempotencyStore, SERVICE_CONFIG } from '@relais/platform';
import { TransactionHost } from '@relais/persistence';
import { EntityManager } from 'typeorm';
import { AccountDirectory, NewAccount } from '../accounts/account-directory';
import { agencyGroupPath, grantableRoles, mayCreateAgencyGroup, temporaryPassword } from '../domain/accounts';
import { Agency, NATIONAL } from '../domain/agency';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { ReferralConfig } from '../referral.config';
import { AccountView, accountView, assertMayManage, auditedAccountChange } from './shared/agency-accounts';

export type PasswordDelivery = 'temporaryPassword' | 'email' | 'alreadySent';

export interface CreatedAccount {
  status: number;
  account: AccountView & { passwordDelivery: PasswordDelivery; temporaryPassword?: string };
}

/**
 * Opens an account in an agency. The one-time password is in the first answer only: it is never
 * stored, so a replay (same Idempotency-Key, same request) answers 200 with the account and
 * `passwordDelivery: alreadySent` — whoever lost it resets the password. When the realm can send
 * e-mail and an address is given, the user gets a link instead and no password exists at all.
 */
@Injectable()
export class CreateAgencyAccount {
  constructor(
    private readonly tx: TransactionHost,
    private readonly agencies: AgencyRepository,
    private readonly directory: AccountDirectory,
    private readonly idempotency: IdempotencyStore,
    private readonly audit: AuditTrail,
    @Inject(SERVICE_CONFIG) private readonly config: ReferralConfig,
  ) {}

  execute(principal: Principal, agencyId: string, input: NewAccount, key?: string): Promise<CreatedAccount> {
    const change = { principal, agencyId, action: 'account.create', resourceType: 'agency', resourceId: agencyId } as const;
    return auditedAccountChange(this.tx, this.audit, change, async (manager) => {
      assertMayManage(principal, agencyId);
      if (!grantableRoles(principal).includes(input.role)) throw new ReferralException(ReferralErrorCode.RoleNotGrantable, { role: input.role });
      const agency = await this.agencies.find(agencyId);
      if (!agency) throw new ReferralException(ReferralErrorCode.AgencyNotFound, { id: agencyId });
      let password: string | undefined;
      const work = async () => {
        const created = await this.create(manager, principal, agency, input);
        password = created.password;
        return { status: HttpStatus.CREATED, body: { id: created.id, passwordDelivery: created.delivery } };
      };
      const result = key
        ? await this.idempotency.execute(manager, { scope: 'referral:create-account', key, fingerprint: this.fingerprint(principal, agencyId, input) }, work)
        : { ...(await work()), replayed: false };
      const account = await this.directory.findAccount(result.body.id);
      if (!account) throw new ReferralException(ReferralErrorCode.AccountNotFound, { agencyId, userId: result.body.id });
      const delivery: PasswordDelivery = result.replayed ? 'alreadySent' : result.body.passwordDelivery;
      return {
        status: result.replayed ? HttpStatus.OK : result.status,
        account: { ...accountView(account), passwordDelivery: delivery, ...(password && !result.replayed ? { temporaryPassword: password } : {}) },
      };
    });
  }

  private async create(manager: EntityManager, principal: Principal, agency: Agency, input: NewAccount) {
    const groupId = await this.agencyGroup(principal, agency);
    const byEmail = Boolean(input.email) && (await this.directory.canSendEmail());
    const password = byEmail ? undefined : temporaryPassword();
    const id = await this.directory.createAccount(input, groupId, password);
    if (byEmail) await this.directory.sendPasswordEmail(id);
    const delivery: PasswordDelivery = byEmail ? 'email' : 'temporaryPassword';
    await this.audit.append(manager, {
      actor: principal.sub,
      action: 'account.create',
      resourceType: 'account',
      resourceId: id,
      outcome: 'success',
      details: { agencyId: agency.id, role: input.role, passwordDelivery: delivery },
    });
    return { id, password, delivery };
  }

  private async agencyGroup(principal: Principal, agency: Agency): Promise<string> {
    const existing = await this.directory.findGroup(agencyGroupPath(agency.id));
    if (existing) return existing;
    if (!mayCreateAgencyGroup(principal)) throw new ReferralException(ReferralErrorCode.AgencyHasNoOrganisation, { agencyId: agency.id });
    // The region claim is one region: an agency covering several (or the whole country) gets none.
    const region = agency.regions.length === 1 && agency.regions[0] !== NATIONAL ? agency.regions[0] : undefined;
    return this.directory.createAgencyGroup({ agencyId: agency.id, region });
  }

  /** Keyed digest: the stored fingerprint must not let anyone confirm a guessed name or address. */
  private fingerprint(principal: Principal, agencyId: string, input: NewAccount): string {
    return createHmac('sha256', this.config.idempotencyFingerprintKey).update(canonicalJson({ by: principal.sub, agencyId, input })).digest('hex');
  }
}
