import { Injectable } from '@nestjs/common';
import { AuditTrail, hasAnyRole, Principal } from '@relais/auth';
import { uuidv7 } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { EntityManager } from 'typeorm';
import { Agency, AgencyPatch, applyPatch, assertVersion, changedFields, restrictedFields, splitRoutingScope } from '../domain/agency';
import { newChangeRequest } from '../domain/agency-change-request';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { AgencyChangeRequestRepository } from '../persistence/agency-change-request.repository';
import { AgencyRepository } from '../persistence/agency.repository';
import { AgencyEditView, changeRequestView } from './shared/change-request-view';
import { agencyView } from './shared/views';

/**
 * Edits an agency: the coordinator (or a system administrator) any field of any agency, at once.
 * An agency administrator edits its own profile and capacity at once, but its routing scope
 * (services, regions, acceptance) only becomes a change request for the coordinator. Optimistic
 * concurrency on `version`: beds taken or given back by referrals change it too, so an
 * administrator never overwrites a count they have not seen.
 */
@Injectable()
export class UpdateAgency {
  constructor(
    private readonly tx: TransactionHost,
    private readonly agencies: AgencyRepository,
    private readonly changeRequests: AgencyChangeRequestRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string, patch: AgencyPatch, version: number, now = new Date()): Promise<AgencyEditView> {
    return this.tx.run(async (manager) => {
      const agency = await this.agencies.findForUpdate(id);
      if (!agency) throw new ReferralException(ReferralErrorCode.AgencyNotFound, { id });
      if (hasAnyRole(principal, 'coordinator', 'system_admin')) {
        return { agency: agencyView(await this.apply(manager, principal, agency, patch, version, now)), changeRequest: null };
      }
      if (principal.agencyId !== id) throw new ReferralException(ReferralErrorCode.AgencyNotYours, { id });
      const restricted = restrictedFields(patch);
      if (restricted.length) throw new ReferralException(ReferralErrorCode.AgencyFieldRestricted, { id, fields: restricted });
      const { direct, scope } = splitRoutingScope(patch, agency);
      // A request based on a stale view of the agency is refused like an edit.
      assertVersion(agency, version);
      const next = changedFields(direct).length || !scope ? await this.apply(manager, principal, agency, direct, version, now) : agency;
      if (!scope) return { agency: agencyView(next), changeRequest: null };
      const request = newChangeRequest(uuidv7(), id, scope, principal.sub, now);
      await this.changeRequests.insert(request);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'agency.change-request.create',
        resourceType: 'agency',
        resourceId: id,
        outcome: 'success',
        details: { changeRequestId: request.id, fields: Object.keys(scope) },
      });
      return { agency: agencyView(next), changeRequest: changeRequestView(request) };
    });
  }

  private async apply(manager: EntityManager, principal: Principal, agency: Agency, patch: AgencyPatch, version: number, now: Date): Promise<Agency> {
    const next = applyPatch(agency, patch, version, now);
    await this.agencies.update(next, agency.version);
    await this.audit.append(manager, {
      actor: principal.sub,
      action: 'agency.update',
      resourceType: 'agency',
      resourceId: agency.id,
      outcome: 'success',
      details: { fields: changedFields(patch), version: next.version },
    });
    return next;
  }
}
