import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { PersonalDataErasedError, PersonalDataVault } from '@relais/vault';
import { DefendantIdentity } from '../domain/defendant';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { caseScope } from '../persistence/scope';
import { defendantSummary, DefendantSummary } from './defendant-views';

export interface DefendantDetail extends DefendantSummary {
  /** Null once the defendant's data key was destroyed. */
  identity: DefendantIdentity | null;
}

/** The one place a defendant's identity is decrypted; every read is in the audit trail. */
@Injectable()
export class ReadDefendant {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cases: CaseRepository,
    private readonly defendants: DefendantRepository,
    private readonly vault: PersonalDataVault,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, caseId: string, defendantId: string): Promise<DefendantDetail> {
    return this.tx.run(async (manager) => {
      const current = await this.cases.find(caseScope(principal), caseId);
      const record = current && (await this.defendants.find(caseId, defendantId));
      if (!record) {
        // Its own transaction: the refusal stays recorded although this one rolls back.
        await this.audit.append(this.tx.dataSource.manager, {
          actor: principal.sub, action: 'defendant.identity.read', resourceType: 'defendant', resourceId: defendantId, outcome: 'denied',
          details: { caseId },
        });
        throw current
          ? new ProsecutionException(Code.DefendantNotFound, { caseId, defendantId })
          : new ProsecutionException(Code.CaseNotFound, { caseId });
      }
      let identity: DefendantIdentity | null = null;
      try {
        identity = await this.vault.open<DefendantIdentity>(manager, defendantId, record.identitySealed);
      } catch (error) {
        if (!(error instanceof PersonalDataErasedError)) throw error;
      }
      const charges = await this.defendants.chargesOf([defendantId]);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'defendant.identity.read',
        resourceType: 'defendant',
        resourceId: defendantId,
        outcome: 'success',
        details: { caseId, erased: identity === null },
      });
      return { ...defendantSummary({ ...record, charges }), identity };
    });
  }
}
