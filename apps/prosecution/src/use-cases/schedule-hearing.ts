import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { HearingKind, HearingScheduled, uuidv7 } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { IdempotencyStore } from '@relais/platform';
import { assertOpenForWork, touched } from '../domain/case';
import { OfficeDirectory } from '../domain/office-directory';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { HearingRepository } from '../persistence/hearing.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { caseScope } from '../persistence/scope';
import { caseFacts } from './case-views';

export interface ScheduleHearingCommand {
  at: Date;
  kind: HearingKind;
  /** Defaults to the court of the office holding the case. */
  court?: string;
}

export interface HearingView {
  id: string;
  caseId: string;
  at: string;
  court: string;
  kind: HearingKind;
}

/**
 * Schedules a hearing. The event names the case's victims (by victimRef) so the caseworkers
 * accompanying them are told in time to prepare them and go with them.
 */
@Injectable()
export class ScheduleHearing {
  constructor(
    private readonly tx: TransactionHost,
    private readonly directory: OfficeDirectory,
    private readonly cases: CaseRepository,
    private readonly hearings: HearingRepository,
    private readonly identifications: IdentificationRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly idempotency: IdempotencyStore,
  ) {}

  execute(principal: Principal, caseId: string, command: ScheduleHearingCommand, idempotencyKey?: string): Promise<{ status: number; body: HearingView }> {
    return this.tx.run(async (manager) => {
      const work = async () => {
        const current = await this.cases.find(caseScope(principal), caseId, true);
        if (!current) throw new ProsecutionException(Code.CaseNotFound, { caseId });
        assertOpenForWork(current);
        const hearing = {
          id: uuidv7(),
          caseId,
          at: command.at,
          kind: command.kind,
          court: command.court ?? this.directory.get(current.officeId)?.court.fr ?? current.officeId,
        };
        await this.hearings.insert(hearing, principal.sub);
        const next = touched(current);
        await this.cases.update(next);
        await this.outbox.emit(manager, HearingScheduled, {
          ...caseFacts(next, await this.identifications.ofCases([caseId])),
          hearingId: hearing.id,
          at: hearing.at.toISOString(),
          court: hearing.court,
          kind: hearing.kind,
        });
        await this.audit.append(manager, {
          actor: principal.sub,
          action: 'hearing.schedule',
          resourceType: 'case',
          resourceId: caseId,
          outcome: 'success',
          details: { hearingId: hearing.id, kind: hearing.kind },
        });
        return { status: 201, body: { ...hearing, at: hearing.at.toISOString() } };
      };
      if (!idempotencyKey) return work();
      const result = await this.idempotency.execute(
        manager,
        { scope: 'prosecution:schedule-hearing', key: idempotencyKey, fingerprint: { sub: principal.sub, caseId, command } },
        work,
      );
      return { status: result.status, body: result.body };
    });
  }
}
