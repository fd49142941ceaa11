import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@relais/auth';
import { IdentificationCorrectedV1 } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { isUntouchedSingleIdentificationCase } from '../domain/case';
import { OfficeDirectory } from '../domain/office-directory';
import { CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { CaseTransfers } from './case-transfers';
import { SYSTEM_ACTOR } from './case-views';

/** The correction overtook its identification (which is being retried): try again later. */
export class IdentificationNotYetReceived extends Error {
  constructor(identificationId: string) {
    super(`identification ${identificationId} has not been received yet`);
    this.name = 'IdentificationNotYetReceived';
  }
}

export type RerouteOutcome = 'transferred' | 'recorded' | 'left-with-prosecutor';

/**
 * Intake corrected where a person was identified. If that changes the competent office and the
 * case opened for the identification is still untouched, it follows the correction (a transfer
 * by the system, announced like any other). A case someone already works on is not moved behind
 * their back: the corrected place shows in its file, and its prosecutor decides.
 */
@Injectable()
export class RerouteCorrectedIdentification {
  constructor(
    private readonly tx: TransactionHost,
    private readonly directory: OfficeDirectory,
    private readonly cases: CaseRepository,
    private readonly identifications: IdentificationRepository,
    private readonly transfers: CaseTransfers,
    private readonly audit: AuditTrail,
  ) {}

  execute(correction: IdentificationCorrectedV1, cause: { eventId: string }, now = new Date()): Promise<RerouteOutcome> {
    return this.tx.run(async (manager) => {
      const link = await this.identifications.find(correction.identificationId);
      if (!link) throw new IdentificationNotYetReceived(correction.identificationId);
      const current = await this.cases.find({ kind: 'all' }, link.caseId, true);
      if (!current) throw new Error(`case ${link.caseId} of identification ${link.identificationId} is missing`);
      const cercle = correction.cercle ?? null;
      await this.identifications.relocate(correction.identificationId, correction.region, cercle);
      const office = this.directory.route(correction.region, cercle);

      let outcome: RerouteOutcome = 'recorded';
      if (office.id !== current.officeId) {
        outcome = isUntouchedSingleIdentificationCase(current, await this.cases.parts(current.id)) ? 'transferred' : 'left-with-prosecutor';
      }
      if (outcome === 'transferred') {
        const next = { ...current, officeId: office.id, region: correction.region, cercle, version: current.version + 1 };
        await this.transfers.record(manager, current, next, now, SYSTEM_ACTOR);
      }
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'identification.correct-place',
        resourceType: 'case',
        resourceId: current.id,
        outcome: 'success',
        details: { identificationId: correction.identificationId, result: outcome, competentOfficeId: office.id, eventId: cause.eventId },
      });
      return outcome;
    });
  }
}
