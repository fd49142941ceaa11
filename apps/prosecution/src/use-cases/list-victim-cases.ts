import { Injectable } from '@nestjs/common';
import { AccessScope, AuditTrail, hasAnyRole, Principal } from '@relais/auth';
import { CaseStage, HearingKind } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { HearingRepository } from '../persistence/hearing.repository';
import { ReferralAccessRepository } from '../persistence/referral-access.repository';
import { caseScope } from '../persistence/scope';

/** Where a person's case stands, and nothing more: no defendant, charge or note. */
export interface VictimCaseStatus {
  caseId: string;
  reference: string;
  officeId: string;
  stage: CaseStage;
  stageChangedAt: string;
  openedAt: string;
  /** Hearings not yet held, so the person can be prepared and accompanied. */
  upcomingHearings: { at: string; court: string; kind: HearingKind }[];
}

/**
 * Case status for one person. The coordinator sees every case; a prosecutor those of their office;
 * an agency only while it holds an accepted, open referral for the person (learnt from referral's
 * events). Anyone else is told nothing exists, and the refusal is audited.
 */
@Injectable()
export class ListVictimCases {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cases: CaseRepository,
    private readonly hearings: HearingRepository,
    private readonly access: ReferralAccessRepository,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal, victimRef: string, now = new Date()): Promise<VictimCaseStatus[]> {
    const scope = await this.scopeFor(principal, victimRef);
    if (!scope) {
      // Its own transaction: the refusal must stay recorded although the request fails.
      await this.audit.append(this.tx.dataSource.manager, {
        actor: principal.sub, action: 'victim.cases.read', resourceType: 'victim', resourceId: victimRef, outcome: 'denied',
        details: principal.agencyId ? { agencyId: principal.agencyId } : {},
      });
      throw new ProsecutionException(Code.VictimNotFound);
    }
    return this.tx.run(async (manager) => {
      const cases = await this.cases.ofVictim(scope, victimRef);
      const upcoming = await this.hearings.ofCases(cases.map((c) => c.id), now);
      await this.audit.append(manager, {
        actor: principal.sub, action: 'victim.cases.read', resourceType: 'victim', resourceId: victimRef, outcome: 'success',
        details: { cases: cases.length, ...(principal.agencyId ? { agencyId: principal.agencyId } : {}) },
      });
      return cases.map((c) => ({
        caseId: c.id,
        reference: c.reference,
        officeId: c.officeId,
        stage: c.stage,
        stageChangedAt: c.stageChangedAt.toISOString(),
        openedAt: c.openedAt.toISOString(),
        upcomingHearings: upcoming.filter((h) => h.caseId === c.id).map((h) => ({ at: h.at.toISOString(), court: h.court, kind: h.kind })),
      }));
    });
  }

  private async scopeFor(principal: Principal, victimRef: string): Promise<AccessScope | undefined> {
    const scope = caseScope(principal);
    if (scope.kind !== 'none') return scope;
    if (hasAnyRole(principal, 'agency_caseworker', 'agency_admin') && principal.agencyId) {
      if (await this.access.agencyAccompanies(victimRef, principal.agencyId)) return { kind: 'all' };
    }
    return undefined;
  }
}
