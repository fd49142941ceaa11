import { Injectable } from '@nestjs/common';
import {
  CaseMergedV1, CaseOpenedV1, CaseStageChangedV1, CaseTransferredV1, ConsentChangedV1, DefendantAddedV1, DefendantChargedV1,
  HearingScheduledV1, IdentificationCorrectedV1, JudgmentRenderedV1, PersonalDataErasedV1, ReferralAcceptedV1,
  ReferralAcknowledgedV1, ReferralClosedV1, ReferralCreatedV1, ReferralDeclinedV1, ReferralEscalatedV1, VictimIdentifiedV1,
  VictimLinkedV1,
} from '@relais/contracts';
import * as caseFacts from './facts/case-facts.writer';
import * as caseStages from './facts/case-stage-facts.writer';
import * as caseVictims from './facts/case-victims.writer';
import * as defendantCharges from './facts/defendant-charges.writer';
import * as defendantFacts from './facts/defendant-facts.writer';
import * as escalationFacts from './facts/escalation-facts.writer';
import { Target } from './facts/fact-sql';
import * as hearingFacts from './facts/hearing-facts.writer';
import * as identificationFacts from './facts/identification-facts.writer';
import { queueCase } from './facts/judgment-dirty.writer';
import * as referralFacts from './facts/referral-facts.writer';
import * as verdictFacts from './facts/verdict-facts.writer';

export type { Target } from './facts/fact-sql';

/**
 * Applies one event to the read model: which fact tables it writes, in which order (each table's
 * writer in facts/ is the upsert keyed by its aggregate). Every column group carries its own
 * timestamp (and event id), so applying events twice, or in any order across topics and retries,
 * ends in the same rows; the inbox is a second line of defence, not the first.
 */
@Injectable()
export class ProjectionWriter {
  victimIdentified = (to: Target, d: VictimIdentifiedV1) => identificationFacts.identified(to, d);
  identificationCorrected = (to: Target, d: IdentificationCorrectedV1) => identificationFacts.corrected(to, d);
  consentChanged = (to: Target, d: ConsentChangedV1) => identificationFacts.consentChanged(to, d);
  personalDataErased = (to: Target, d: PersonalDataErasedV1) => identificationFacts.erased(to, d);

  referralCreated = (to: Target, d: ReferralCreatedV1) => referralFacts.created(to, d);
  referralAcknowledged = (to: Target, d: ReferralAcknowledgedV1) => referralFacts.acknowledged(to, d);
  referralAccepted = (to: Target, d: ReferralAcceptedV1) => referralFacts.accepted(to, d);
  referralDeclined = (to: Target, d: ReferralDeclinedV1) => referralFacts.declined(to, d);
  referralClosed = (to: Target, d: ReferralClosedV1) => referralFacts.closed(to, d);

  async referralEscalated(to: Target, d: ReferralEscalatedV1): Promise<void> {
    await escalationFacts.escalated(to, d);
    if (d.referralId) await referralFacts.escalated(to, { ...d, referralId: d.referralId });
  }

  async caseOpened(to: Target, d: CaseOpenedV1): Promise<void> {
    await caseFacts.opened(to, d);
    await caseStages.reached(to, d.caseId, 'reportReceived', d.openedAt);
    await caseVictims.linked(to, d.caseId, d.identificationIds, d.openedAt);
    // Links (or a judgment) may have arrived before the case itself.
    await queueCase(to, d.caseId);
  }

  async caseStageChanged(to: Target, d: CaseStageChangedV1): Promise<void> {
    await caseFacts.stageChanged(to, d);
    await caseStages.reached(to, d.caseId, d.to, d.at);
  }

  async victimLinked(to: Target, d: VictimLinkedV1): Promise<void> {
    await caseVictims.linked(to, d.caseId, [d.identificationId], d.linkedAt);
    await queueCase(to, d.caseId);
  }

  async caseTransferred(to: Target, d: CaseTransferredV1): Promise<void> {
    await caseFacts.transferred(to, d);
    // Its victims' time to judgment is counted under the office now holding the case.
    await queueCase(to, d.caseId);
  }

  async caseMerged(to: Target, d: CaseMergedV1): Promise<void> {
    await caseFacts.merged(to, d);
    await queueCase(to, d.caseId);
  }

  defendantAdded = (to: Target, d: DefendantAddedV1) => defendantFacts.added(to, d);

  async defendantCharged(to: Target, d: DefendantChargedV1): Promise<void> {
    await defendantFacts.charged(to, d);
    await defendantCharges.charged(to, d);
  }

  hearingScheduled = (to: Target, d: HearingScheduledV1) => hearingFacts.scheduled(to, d);

  async judgmentRendered(to: Target, d: JudgmentRenderedV1): Promise<void> {
    if (d.instance === 'first') {
      await caseFacts.firstJudgment(to, d.caseId, d.renderedAt);
      await queueCase(to, d.caseId);
    }
    await verdictFacts.rendered(to, d);
  }
}
