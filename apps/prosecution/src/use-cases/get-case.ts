import { Injectable } from '@nestjs/common';
import { AuditTrail, hasAnyRole, Principal } from '@relais/auth';
import { CaseStage } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { translate } from '@relais/platform';
import { PersonalDataErasedError, PersonalDataVault } from '@relais/vault';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository, DefendantWithCharges } from '../persistence/defendant.repository';
import { HearingRepository } from '../persistence/hearing.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { JudgmentRepository, JudgmentWithVerdicts } from '../persistence/judgment.repository';
import { ReferralAccessRepository } from '../persistence/referral-access.repository';
import { caseScope } from '../persistence/scope';
import { caseSummary, CaseSummary } from './case-views';
import { defendantSummary, DefendantSummary } from './defendant-views';
import { JudgmentView } from './record-judgment';
import { HearingView } from './schedule-hearing';

export interface VictimLinkView {
  victimRef: string;
  identificationId: string;
  region: string;
  cercle: string | null;
  identifiedAt: string;
  linkedAt: string;
  /** Intake erased the person's details; the pseudonymous link is kept for the proceedings. */
  personalDataErased: boolean;
  /** Agencies holding an accepted, open referral for the person (ids; referral's events). */
  accompaniedBy: string[];
}

export interface StageChangeView {
  from: CaseStage | null;
  to: CaseStage;
  at: string;
  decisionRef: string | null;
  /** Only for the prosecutor of the office holding the case; null otherwise, or once shredded. */
  note: string | null;
  hasNote: boolean;
  recordedAt: string;
}

export interface TransferView {
  fromOfficeId: string;
  toOfficeId: string;
  at: string;
}

export interface CaseDetail extends CaseSummary {
  victims: VictimLinkView[];
  defendants: DefendantSummary[];
  hearings: HearingView[];
  judgments: JudgmentView[];
  stageHistory: StageChangeView[];
  transfers: TransferView[];
  /** Other cases (visible to the caller) sharing a victim with this one: candidates for a merge. */
  relatedCaseIds: string[];
}

/** The whole case file, without defendants' identities. Notes may be decrypted, so every read is audited. */
@Injectable()
export class GetCase {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cases: CaseRepository,
    private readonly identifications: IdentificationRepository,
    private readonly defendants: DefendantRepository,
    private readonly hearings: HearingRepository,
    private readonly judgments: JudgmentRepository,
    private readonly vault: PersonalDataVault,
    private readonly audit: AuditTrail,
    private readonly access: ReferralAccessRepository,
  ) {}

  execute(principal: Principal, caseId: string): Promise<CaseDetail> {
    return this.tx.run(async (manager) => {
      const scope = caseScope(principal);
      const current = await this.cases.find(scope, caseId);
      if (!current) {
        // Its own transaction: the refusal stays recorded although this one rolls back.
        await this.audit.append(this.tx.dataSource.manager, {
          actor: principal.sub, action: 'case.read', resourceType: 'case', resourceId: caseId, outcome: 'denied',
        });
        throw new ProsecutionException(Code.CaseNotFound, { caseId });
      }
      const links = await this.identifications.ofCases([caseId]);
      const defendants = await this.defendants.ofCase(caseId);
      const history = await this.cases.stageHistory(caseId);
      // Notes are the prosecutor's working material (secrecy of the investigation): the coordinator
      // sees that one exists, not what it says.
      const mayReadNotes = hasAnyRole(principal, 'prosecutor') && principal.jurisdiction === current.officeId;
      const stageHistory: StageChangeView[] = [];
      let notesOpened = 0;
      for (const h of history) {
        const readable = mayReadNotes ? h.note_sealed : null;
        if (readable) notesOpened += 1;
        stageHistory.push({
          from: h.from_stage,
          to: h.to_stage,
          at: h.at.toISOString(),
          decisionRef: h.decision_ref,
          note: readable ? await this.openNote(caseId, readable) : null,
          hasNote: h.note_sealed !== null,
          recordedAt: h.recorded_at.toISOString(),
        });
      }
      const accompanying = await this.access.accompanying(links.map((l) => l.victimRef));
      const detail: CaseDetail = {
        ...caseSummary(current, links),
        victims: links.map((l) => ({
          victimRef: l.victimRef,
          identificationId: l.identificationId,
          region: l.region,
          cercle: l.cercle,
          identifiedAt: l.identifiedAt.toISOString(),
          linkedAt: l.linkedAt.toISOString(),
          personalDataErased: l.erased,
          accompaniedBy: accompanying.get(l.victimRef) ?? [],
        })),
        defendants: defendants.map(defendantSummary),
        hearings: (await this.hearings.ofCases([caseId])).map((h) => ({ ...h, at: h.at.toISOString() })),
        judgments: (await this.judgments.ofCase(caseId)).map((j) => judgmentView(j, defendants)),
        stageHistory,
        transfers: (await this.cases.transfers(caseId)).map((t) => ({ fromOfficeId: t.from_office_id, toOfficeId: t.to_office_id, at: t.at.toISOString() })),
        relatedCaseIds: await this.cases.relatedIds(scope, caseId),
      };
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'case.read',
        resourceType: 'case',
        resourceId: caseId,
        outcome: 'success',
        details: { notesOpened },
      });
      return detail;
    });
  }

  private async openNote(caseId: string, sealed: Buffer): Promise<string | null> {
    try {
      return await this.vault.open<string>(this.tx.manager, caseId, sealed);
    } catch (error) {
      if (error instanceof PersonalDataErasedError) return null;
      throw error;
    }
  }
}

function judgmentView(j: JudgmentWithVerdicts, defendants: DefendantWithCharges[]): JudgmentView {
  const iccsOf = new Map(defendants.flatMap((d) => d.charges.map((c) => [c.id, c.iccs] as const)));
  return {
    id: j.id,
    caseId: j.caseId,
    instance: j.instance,
    renderedAt: j.renderedAt.toISOString(),
    court: j.court,
    decisionRef: j.decisionRef,
    verdicts: j.verdicts.map((v) => ({
      defendantId: v.defendantId,
      outcome: v.outcome,
      chargeIds: v.chargeIds,
      iccs: v.chargeIds.map((id) => iccsOf.get(id) ?? ''),
      sentenceMonths: v.sentenceMonths ?? null,
      fineFcfa: v.fineFcfa ?? null,
      compensationFcfa: v.compensationFcfa ?? null,
    })),
    warnings: j.verdicts.flatMap((v) => v.warnings.map((w) => ({ ...w, defendantId: v.defendantId, message: translate(`warnings.${w.code}`, { ...w }) }))),
  };
}
