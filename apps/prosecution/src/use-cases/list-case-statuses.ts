import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal, scopeLabel } from '@relais/auth';
import { CaseStage } from '@relais/contracts';
import { Language } from '@relais/platform';
import { TransactionHost } from '@relais/persistence';
import { isClosedStage } from '../domain/case-stage';
import { CaseRepository } from '../persistence/case.repository';
import { caseStatusScope } from '../persistence/scope';

/** Whether a person's case is open at the prosecutor's office: no defendant, charge, hearing or note. */
export interface CaseStatusView {
  caseId: string;
  reference: string;
  victimRef: string;
  officeId: string;
  officeName: string;
  stage: CaseStage;
  open: boolean;
  stageChangedAt: string;
  openedAt: string;
}

/**
 * Where the cases of a page of identifications stand, in one call: an officer sees those reached
 * through their unit's identifications, a supervisor their region's, the coordinator all. A person
 * outside the scope simply has none listed, as a person unknown.
 */
@Injectable()
export class ListCaseStatuses {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cases: CaseRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, victimRefs: string[], language: Language): Promise<{ items: CaseStatusView[] }> {
    return this.tx.run(async (manager) => {
      const scope = caseStatusScope(principal);
      const found = await this.cases.progressOfVictims(scope, [...new Set(victimRefs)]);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'case.status.list',
        resourceType: 'case',
        resourceId: scopeLabel(scope),
        outcome: 'success',
        details: { asked: victimRefs.length, returned: found.map((c) => c.caseId) },
      });
      return {
        items: found.map((c) => ({
          caseId: c.caseId,
          reference: c.reference,
          victimRef: c.victimRef,
          officeId: c.officeId,
          officeName: c.officeName[language],
          stage: c.stage,
          open: !isClosedStage(c.stage),
          stageChangedAt: c.stageChangedAt.toISOString(),
          openedAt: c.openedAt.toISOString(),
        })),
      };
    });
  }
}
