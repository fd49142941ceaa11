import { Injectable } from '@nestjs/common';
import { IdentificationCorrected } from '@relais/contracts';
import { AuditTrail, Principal } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { readerOf } from '../domain/access';
import { applyCorrection, Correction } from '../domain/corrections';
import { identificationCorrected } from '../domain/events';
import { Identification } from '../domain/identification';
import { IntakeErrorCode, IntakeException } from '../domain/intake-errors';
import { IdentificationRepository } from '../persistence/identification.repository';

/**
 * Corrects non-identifying fields under optimistic concurrency: the caller says which version
 * they corrected. A retry of a correction already applied (stale version, same result) is
 * answered with the current state instead of a conflict, since a poor connection retries.
 */
@Injectable()
export class CorrectIdentification {
  constructor(
    private readonly tx: TransactionHost,
    private readonly identifications: IdentificationRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string, version: number, correction: Correction): Promise<Identification> {
    return this.tx.run(async (manager) => {
      const found = await this.identifications.findFor(readerOf(principal, 'correct'), id, { forUpdate: true });
      if (!found) throw new IntakeException(IntakeErrorCode.IdentificationNotFound, { id });
      const current = found.identification;
      const outcome = applyCorrection(
        { place: current.place, forms: current.exploitation.forms, methodsOfControl: current.exploitation.methodsOfControl, needs: current.needs, assessment: current.assessment },
        correction,
        current.isMinor,
      );
      if (!outcome.changed) return current;
      if (version !== current.version) throw new IntakeException(IntakeErrorCode.VersionConflict, { id, currentVersion: current.version });

      const now = new Date().toISOString();
      if (!(await this.identifications.saveCorrection(id, version, outcome.next, now))) {
        throw new IntakeException(IntakeErrorCode.VersionConflict, { id, currentVersion: current.version + 1 });
      }
      const next: Identification = {
        ...current,
        place: outcome.next.place,
        exploitation: { ...current.exploitation, forms: outcome.next.forms, methodsOfControl: outcome.next.methodsOfControl },
        needs: outcome.next.needs,
        assessment: outcome.next.assessment,
        version: current.version + 1,
        updatedAt: now,
      };
      // Place details below the cercle reach no other service, so changing only them says nothing on Kafka.
      if (outcome.changedFields.length) await this.outbox.emit(manager, IdentificationCorrected, identificationCorrected(next, outcome.changedFields, now));
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'identification.correct',
        resourceType: 'identification',
        resourceId: id,
        outcome: 'success',
        details: { victimRef: current.victimRef, fromVersion: current.version, toVersion: next.version, changedFields: outcome.changedFields },
      });
      return next;
    });
  }
}
