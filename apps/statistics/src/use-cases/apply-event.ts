import { Injectable } from '@nestjs/common';
import {
  CaseMerged, CaseOpened, CaseStageChanged, CaseTransferred, CloudEvent, ConsentChanged, DefendantAdded, DefendantCharged,
  EventDefinition, HearingScheduled, IdentificationCorrected, JudgmentRendered, PersonalDataErased, ReferralAccepted,
  ReferralAcknowledged, ReferralClosed, ReferralCreated, ReferralDeclined, ReferralEscalated, VictimIdentified, VictimLinked,
} from '@relais/contracts';
import { EntityManager } from 'typeorm';
import { ProjectionWriter, Target } from '../persistence/projection-writer';

type Projector = (writer: ProjectionWriter, to: Target, data: never) => Promise<void>;

function on<T extends object>(definition: EventDefinition<T>, project: (writer: ProjectionWriter, to: Target, data: T) => Promise<void>): [string, Projector] {
  return [definition.type, project as Projector];
}

/** Every event type statistics learns from, and what it does with it. */
const PROJECTORS = new Map<string, Projector>([
  on(VictimIdentified, (w, to, d) => w.victimIdentified(to, d)),
  on(IdentificationCorrected, (w, to, d) => w.identificationCorrected(to, d)),
  on(ConsentChanged, (w, to, d) => w.consentChanged(to, d)),
  on(PersonalDataErased, (w, to, d) => w.personalDataErased(to, d)),
  on(ReferralCreated, (w, to, d) => w.referralCreated(to, d)),
  on(ReferralAcknowledged, (w, to, d) => w.referralAcknowledged(to, d)),
  on(ReferralAccepted, (w, to, d) => w.referralAccepted(to, d)),
  on(ReferralDeclined, (w, to, d) => w.referralDeclined(to, d)),
  on(ReferralEscalated, (w, to, d) => w.referralEscalated(to, d)),
  on(ReferralClosed, (w, to, d) => w.referralClosed(to, d)),
  on(CaseOpened, (w, to, d) => w.caseOpened(to, d)),
  on(CaseStageChanged, (w, to, d) => w.caseStageChanged(to, d)),
  on(VictimLinked, (w, to, d) => w.victimLinked(to, d)),
  on(CaseTransferred, (w, to, d) => w.caseTransferred(to, d)),
  on(CaseMerged, (w, to, d) => w.caseMerged(to, d)),
  on(DefendantAdded, (w, to, d) => w.defendantAdded(to, d)),
  on(DefendantCharged, (w, to, d) => w.defendantCharged(to, d)),
  on(HearingScheduled, (w, to, d) => w.hearingScheduled(to, d)),
  on(JudgmentRendered, (w, to, d) => w.judgmentRendered(to, d)),
]);

export const PROJECTED_EVENT_TYPES: readonly string[] = [...PROJECTORS.keys()];

/**
 * Applies one validated event to a copy of the read model: the live one (from the event
 * handlers, inside the consumer's transaction) or the shadow one a rebuild fills.
 */
@Injectable()
export class ApplyEvent {
  constructor(private readonly writer: ProjectionWriter) {}

  /** False when the type is not one statistics projects (consumers ignore types they do not know). */
  async execute(event: CloudEvent, manager: EntityManager, schema: string): Promise<boolean> {
    const project = PROJECTORS.get(event.type);
    if (!project) return false;
    await project(this.writer, { manager, schema, eventId: event.id }, event.data as never);
    return true;
  }
}
