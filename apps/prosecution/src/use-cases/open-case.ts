import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { CaseOpened, newReference, Region, uuidv7 } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { IdempotencyStore } from '@relais/platform';
import { CaseState } from '../domain/case';
import { OfficeDirectory } from '../domain/office-directory';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { caseFacts, caseSummary, CaseSummary } from './case-views';

export interface OpenCaseCommand {
  region: Region;
  cercle?: string;
  /** Optional confirmation of the office; it must be the prosecutor's own. */
  officeId?: string;
  /** When the matter reached the office; defaults to now. */
  openedAt?: Date;
}

/**
 * A prosecutor opens a case on their own initiative (a complaint, an NGO's report, a matter
 * found in another case), always at their own office: opening proceedings is a prosecutor's act.
 */
@Injectable()
export class OpenCase {
  constructor(
    private readonly tx: TransactionHost,
    private readonly directory: OfficeDirectory,
    private readonly cases: CaseRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly idempotency: IdempotencyStore,
  ) {}

  execute(principal: Principal, command: OpenCaseCommand, idempotencyKey?: string, now = new Date()): Promise<{ status: number; body: CaseSummary }> {
    const officeId = this.officeFor(principal, command.officeId);
    return this.tx.run(async (manager) => {
      const work = async () => {
        const openedAt = command.openedAt ?? now;
        const opened: CaseState = {
          id: uuidv7(),
          reference: newReference('C'),
          officeId,
          region: command.region,
          cercle: command.cercle ?? null,
          stage: 'reportReceived',
          stageChangedAt: openedAt,
          openedAt,
          openedFrom: 'prosecutor',
          mergedIntoCaseId: null,
          version: 1,
        };
        await this.cases.insert(opened);
        await this.cases.recordStageChange({ caseId: opened.id, from: null, to: 'reportReceived', at: openedAt, recordedBy: principal.sub });
        await this.outbox.emit(manager, CaseOpened, {
          ...caseFacts(opened, []),
          identificationIds: [],
          region: opened.region,
          openedAt: openedAt.toISOString(),
          openedFrom: 'prosecutor',
        });
        await this.audit.append(manager, {
          actor: principal.sub,
          action: 'case.open',
          resourceType: 'case',
          resourceId: opened.id,
          outcome: 'success',
          details: { officeId },
        });
        return { status: 201, body: caseSummary(opened, []) };
      };
      if (!idempotencyKey) return work();
      const result = await this.idempotency.execute(
        manager,
        { scope: 'prosecution:open-case', key: idempotencyKey, fingerprint: { sub: principal.sub, command, officeId } },
        work,
      );
      return { status: result.status, body: result.body };
    });
  }

  private officeFor(principal: Principal, requested: string | undefined): string {
    if (!principal.jurisdiction) throw new ProsecutionException(Code.JurisdictionRequired);
    if (requested && requested !== principal.jurisdiction) throw new ProsecutionException(Code.OfficeOutsideJurisdiction, { officeId: requested });
    return this.known(principal.jurisdiction);
  }

  private known(officeId: string): string {
    if (!this.directory.get(officeId)) throw new ProsecutionException(Code.UnknownOffice, { officeId });
    return officeId;
  }
}
