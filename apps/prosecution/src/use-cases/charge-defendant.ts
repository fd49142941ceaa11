import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { DefendantCharged, uuidv7, Vocabularies } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { IdempotencyStore } from '@relais/platform';
import { assertAcceptsDefendants, touched } from '../domain/case';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { ChargeRecord, DefendantRepository } from '../persistence/defendant.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { caseScope } from '../persistence/scope';
import { caseFacts } from './case-views';
import { defendantSummary, DefendantSummary } from './defendant-views';

export interface ChargeCommand {
  /** `offences` vocabulary codes (Law 2012-023 and related offences), each mapped to its ICCS code. */
  offences: string[];
  chargedAt?: Date;
}

/** Brings charges against a defendant (GLOTIP: prosecuted). The same offence is charged once. */
@Injectable()
export class ChargeDefendant {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cases: CaseRepository,
    private readonly defendants: DefendantRepository,
    private readonly identifications: IdentificationRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly idempotency: IdempotencyStore,
  ) {}

  execute(principal: Principal, caseId: string, defendantId: string, command: ChargeCommand, idempotencyKey?: string, now = new Date()): Promise<{ status: number; body: DefendantSummary }> {
    return this.tx.run(async (manager) => {
      const work = async () => {
        const current = await this.cases.find(caseScope(principal), caseId, true);
        if (!current) throw new ProsecutionException(Code.CaseNotFound, { caseId });
        const defendant = await this.defendants.find(caseId, defendantId);
        if (!defendant) throw new ProsecutionException(Code.DefendantNotFound, { caseId, defendantId });
        assertAcceptsDefendants(current);
        const existing = await this.defendants.chargesOf([defendantId]);
        const chargedAt = command.chargedAt ?? now;
        const added: ChargeRecord[] = command.offences.map((offence) => {
          if (existing.some((c) => c.offence === offence)) throw new ProsecutionException(Code.ChargeAlreadyBrought, { defendantId, offence });
          const entry = Vocabularies.offences.get(offence);
          // The request was validated against this vocabulary; a miss means the two drifted apart.
          if (!entry) throw new Error(`offence ${offence} is not in the offences vocabulary`);
          return { id: uuidv7(), defendantId, offence, iccs: entry.iccs, law: entry.law, vocabularyVersion: Vocabularies.offences.version, chargedAt };
        });
        for (const charge of added) await this.defendants.insertCharge(charge, principal.sub);
        const next = touched(current);
        await this.cases.update(next);
        await this.outbox.emit(manager, DefendantCharged, {
          ...caseFacts(next, await this.identifications.ofCases([caseId])),
          defendantId,
          charges: added.map((c) => ({ chargeId: c.id, offence: c.offence, iccs: c.iccs })),
          chargedAt: chargedAt.toISOString(),
        });
        await this.audit.append(manager, {
          actor: principal.sub,
          action: 'defendant.charge',
          resourceType: 'defendant',
          resourceId: defendantId,
          outcome: 'success',
          details: { caseId, offences: command.offences },
        });
        return { status: 201, body: defendantSummary({ ...defendant, charges: [...existing, ...added] }) };
      };
      if (!idempotencyKey) return work();
      const result = await this.idempotency.execute(
        manager,
        { scope: 'prosecution:charge-defendant', key: idempotencyKey, fingerprint: { sub: principal.sub, caseId, defendantId, command } },
        work,
      );
      return { status: result.status, body: result.body };
    });
  }
}
