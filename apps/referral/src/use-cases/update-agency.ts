import { Injectable } from '@nestjs/common';
import { AuditTrail, hasAnyRole, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { AgencyPatch, applyPatch, changedFields, restrictedFields } from '../domain/agency';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { AgencyView, agencyView } from './shared/views';

/**
 * Edits an agency: the coordinator (or a system administrator) any field of any agency, an
 * agency administrator its own profile and capacity. Optimistic concurrency on `version`: beds
 * taken or given back by referrals change it too, so an administrator never overwrites a count
 * they have not seen.
 */
@Injectable()
export class UpdateAgency {
  constructor(
    private readonly tx: TransactionHost,
    private readonly agencies: AgencyRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string, patch: AgencyPatch, version: number, now = new Date()): Promise<AgencyView> {
    return this.tx.run(async (manager) => {
      const agency = await this.agencies.findForUpdate(id);
      if (!agency) throw new ReferralException(ReferralErrorCode.AgencyNotFound, { id });
      if (!hasAnyRole(principal, 'coordinator', 'system_admin')) {
        if (principal.agencyId !== id) throw new ReferralException(ReferralErrorCode.AgencyNotYours, { id });
        const restricted = restrictedFields(patch);
        if (restricted.length) throw new ReferralException(ReferralErrorCode.AgencyFieldRestricted, { id, fields: restricted });
      }
      const next = applyPatch(agency, patch, version, now);
      await this.agencies.update(next, agency.version);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'agency.update',
        resourceType: 'agency',
        resourceId: id,
        outcome: 'success',
        details: { fields: changedFields(patch), version: next.version },
      });
      return agencyView(next);
    });
  }
}
