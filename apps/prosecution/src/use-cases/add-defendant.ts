import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { DefendantAdded, Sex, uuidv7 } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { IdempotencyStore } from '@relais/platform';
import { PersonalDataVault, RequestFingerprint } from '@relais/vault';
import { assertAcceptsDefendants, touched } from '../domain/case';
import { CustodyStatus, DefendantIdentity, isInCustody } from '../domain/defendant';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { caseScope } from '../persistence/scope';
import { caseFacts } from './case-views';
import { defendantSummary, DefendantSummary, identityFingerprint } from './defendant-views';

export interface AddDefendantCommand {
  identity: DefendantIdentity;
  sex: Sex;
  nationality?: string;
  role?: string;
  custody: CustodyStatus;
  /** When the person became a defendant (brought into formal contact); defaults to now. */
  addedAt?: Date;
}

/**
 * Records a suspect as defendant. The identity is sealed under a data key of the defendant's own
 * (intake's vault library, subject id = defendant id) before it touches a table; the event and
 * the answer carry only sex, nationality, role and custody.
 */
@Injectable()
export class AddDefendant {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cases: CaseRepository,
    private readonly defendants: DefendantRepository,
    private readonly identifications: IdentificationRepository,
    private readonly vault: PersonalDataVault,
    private readonly requestFingerprint: RequestFingerprint,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly idempotency: IdempotencyStore,
  ) {}

  execute(principal: Principal, caseId: string, command: AddDefendantCommand, idempotencyKey?: string, now = new Date()): Promise<{ status: number; body: DefendantSummary }> {
    return this.tx.run(async (manager) => {
      const work = async () => {
        const current = await this.cases.find(caseScope(principal), caseId, true);
        if (!current) throw new ProsecutionException(Code.CaseNotFound, { caseId });
        assertAcceptsDefendants(current);
        const id = uuidv7();
        const addedAt = command.addedAt ?? now;
        await this.vault.createSubject(manager, id);
        const record = {
          id,
          caseId,
          identitySealed: await this.vault.seal(manager, id, command.identity),
          sex: command.sex,
          nationality: command.nationality ?? null,
          role: command.role ?? null,
          custody: command.custody,
          addedAt,
        };
        await this.defendants.insert(record, principal.sub);
        const next = touched(current);
        await this.cases.update(next);
        await this.outbox.emit(manager, DefendantAdded, {
          ...caseFacts(next, await this.identifications.ofCases([caseId])),
          defendantId: id,
          sex: command.sex,
          ...(command.nationality ? { nationality: command.nationality } : {}),
          ...(command.role ? { role: command.role } : {}),
          inCustody: isInCustody(command.custody),
          addedAt: addedAt.toISOString(),
        });
        await this.audit.append(manager, {
          actor: principal.sub,
          action: 'defendant.add',
          resourceType: 'defendant',
          resourceId: id,
          outcome: 'success',
          details: { caseId },
        });
        return { status: 201, body: defendantSummary({ ...record, charges: [] }) };
      };
      if (!idempotencyKey) return work();
      const { identity, ...clear } = command;
      const result = await this.idempotency.execute(
        manager,
        {
          scope: 'prosecution:add-defendant',
          key: idempotencyKey,
          fingerprint: { sub: principal.sub, caseId, clear, identity: identityFingerprint(identity, this.requestFingerprint) },
        },
        work,
      );
      return { status: result.status, body: result.body };
    });
  }
}
