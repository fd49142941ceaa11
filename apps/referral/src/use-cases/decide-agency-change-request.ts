import { Injectable } from '@nestjs/common';
import { accessScope, AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { applyPatch } from '../domain/agency';
import { ChangeRequestDecision, decide } from '../domain/agency-change-request';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { AgencyChangeRequestRepository } from '../persistence/agency-change-request.repository';
import { AgencyRepository } from '../persistence/agency.repository';
import { AgencyChangeRequestView, changeRequestView } from './shared/change-request-view';
import { CHANGE_REQUEST_SCOPE_RULES } from './list-agency-change-requests';

/**
 * The coordinator approves or rejects an agency's routing-scope change. An approval applies the
 * requested fields to the agency as it is now (capacity and profile may have moved since), in the
 * same transaction as the decision, so routing changes exactly when the request is approved.
 */
@Injectable()
export class DecideAgencyChangeRequest {
  constructor(
    private readonly tx: TransactionHost,
    private readonly changeRequests: AgencyChangeRequestRepository,
    private readonly agencies: AgencyRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(
    principal: Principal,
    id: string,
    decision: ChangeRequestDecision,
    version: number,
    reason: string | null,
    now = new Date(),
  ): Promise<AgencyChangeRequestView> {
    return this.tx.run(async (manager) => {
      const request = await this.changeRequests.findForUpdate(accessScope(principal, CHANGE_REQUEST_SCOPE_RULES), id);
      if (!request) throw new ReferralException(ReferralErrorCode.ChangeRequestNotFound, { id });
      const decided = decide(request, decision, principal.sub, version, reason, now);
      await this.changeRequests.decide(decided);
      let agencyVersion: number | undefined;
      if (decision === 'approve') {
        const agency = await this.agencies.findForUpdate(request.agencyId);
        if (!agency) throw new ReferralException(ReferralErrorCode.AgencyNotFound, { id: request.agencyId });
        const next = applyPatch(agency, request.changes, agency.version, now);
        await this.agencies.update(next, agency.version);
        agencyVersion = next.version;
      }
      await this.audit.append(manager, {
        actor: principal.sub,
        action: `agency.change-request.${decision}`,
        resourceType: 'agency',
        resourceId: request.agencyId,
        outcome: 'success',
        details: { changeRequestId: id, fields: Object.keys(request.changes), ...(agencyVersion ? { version: agencyVersion } : {}) },
      });
      return changeRequestView(decided);
    });
  }
}
