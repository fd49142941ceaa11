import { Injectable } from '@nestjs/common';
import {
  CaseFactsV1, CaseMerged, CaseMergedV1, CloudEvent, HearingScheduled, HearingScheduledV1, JudgmentRendered,
  JudgmentRenderedV1, PersonalDataErased, PersonalDataErasedV1, ReferralAccepted, ReferralAcceptedV1, ReferralClosed,
  ReferralClosedV1, VictimLinked, VictimLinkedV1,
} from '@relais/contracts';
import { accompanies, accompanyingAgencies, CaseNotice } from '../domain/accompaniment';
import { AccompanimentLocks, AccompanimentRepository, StoredNotice } from '../persistence/accompaniment.repository';
import { NotifiedEventRepository } from '../persistence/notified-event.repository';

/** An earlier hearing or judgment that now concerns agencies it had not reached. */
export interface LateNotice {
  event: { id: string; type: string };
  agencyIds: string[];
}

export interface AccompanimentOutcome {
  /** For a hearing or judgment: the agencies accompanying a victim of its case. */
  accompanyingAgencies: string[];
  late: LateNotice[];
}

const NOTHING: AccompanimentOutcome = { accompanyingAgencies: [], late: [] };

/**
 * Keeps the projection of who accompanies whom, and says which notifications an event makes due:
 * a hearing reaches the agencies accompanying its victims; an acceptance, or a victim newly
 * linked to a case, reaches back to the case's hearings and judgments already known. Runs inside
 * the handler's transaction, after AccompanimentRepository.lock() with accompanimentLocks(event).
 */
@Injectable()
export class TrackAccompaniment {
  constructor(
    private readonly projection: AccompanimentRepository,
    private readonly events: NotifiedEventRepository,
  ) {}

  async execute(event: CloudEvent): Promise<AccompanimentOutcome> {
    switch (event.type) {
      case ReferralAccepted.type:
        return this.onAccepted(event.data as ReferralAcceptedV1);
      case ReferralClosed.type: {
        const d = event.data as ReferralClosedV1;
        await this.projection.recordClosure(d.referralId, d.victimRef, d.agencyId, d.closedAt);
        return NOTHING;
      }
      case HearingScheduled.type: {
        const d = event.data as HearingScheduledV1;
        return this.onNotice(event, d, { kind: 'hearing', occurredAt: new Date(event.time), hearingAt: new Date(d.at) });
      }
      case JudgmentRendered.type: {
        const d = event.data as JudgmentRenderedV1;
        return this.onNotice(event, d, { kind: 'judgment', occurredAt: new Date(d.renderedAt) });
      }
      case VictimLinked.type: {
        const d = event.data as VictimLinkedV1;
        return { accompanyingAgencies: [], late: await this.linkVictims(d.caseId, [...d.victimRefs, d.victimRef]) };
      }
      case CaseMerged.type: {
        const d = event.data as CaseMergedV1;
        await this.linkVictims(d.caseId, d.victimRefs);
        return { accompanyingAgencies: [], late: await this.linkVictims(d.intoCaseId, d.victimRefs) };
      }
      case PersonalDataErased.type: {
        const d = event.data as PersonalDataErasedV1;
        await this.projection.erase(d.victimRef, d.erasedAt);
        return NOTHING;
      }
      default:
        return isCaseEvent(event.data) ? { accompanyingAgencies: [], late: await this.linkVictims(event.data.caseId, event.data.victimRefs) } : NOTHING;
    }
  }

  private async onAccepted(d: ReferralAcceptedV1): Promise<AccompanimentOutcome> {
    const holding = await this.projection.recordAcceptance(d.referralId, d.victimRef, d.agencyId, d.acceptedAt);
    if (!holding) return NOTHING;
    const notices = await this.projection.noticesForCases(await this.projection.casesOfVictim(d.victimRef));
    const late = notices.filter((n) => accompanies(holding, n.notice)).map((n) => lateNotice(n, [d.agencyId]));
    return { accompanyingAgencies: [], late };
  }

  private async onNotice(event: CloudEvent, d: CaseFactsV1, notice: CaseNotice): Promise<AccompanimentOutcome> {
    const late = await this.linkVictims(d.caseId, d.victimRefs);
    await this.events.store(event);
    await this.projection.recordNotice(event.id, d.caseId, notice);
    const holdings = await this.projection.holdingsForCase(d.caseId);
    return { accompanyingAgencies: accompanyingAgencies(holdings, notice), late: late.filter((l) => l.event.id !== event.id) };
  }

  /** Links victims to a case; the case's known notices then reach those victims' agencies. */
  private async linkVictims(caseId: string, victimRefs: readonly string[]): Promise<LateNotice[]> {
    const linked = await this.projection.linkVictims(caseId, victimRefs);
    if (!linked.length) return [];
    const notices = await this.projection.noticesForCases([caseId]);
    if (!notices.length) return [];
    const holdings = await this.projection.holdingsForVictims(linked);
    return notices.map((n) => lateNotice(n, accompanyingAgencies(holdings, n.notice))).filter((l) => l.agencyIds.length > 0);
  }
}

/**
 * The projection's keys `execute` needs held before it reads anything, case by case as it writes:
 * the victims whose holdings, links or erasure it writes or reads, the cases whose links or
 * notices it writes or reads. A hearing or judgment reads the holdings of every victim linked to
 * its case, not only those it names. Undefined when the event touches no row of the projection.
 */
export function accompanimentLocks(event: CloudEvent): AccompanimentLocks | undefined {
  switch (event.type) {
    case ReferralAccepted.type:
    case ReferralClosed.type:
    case PersonalDataErased.type:
      return { cases: [], victims: [(event.data as ReferralAcceptedV1 | ReferralClosedV1 | PersonalDataErasedV1).victimRef] };
    case HearingScheduled.type:
    case JudgmentRendered.type: {
      const d = event.data as CaseFactsV1;
      return { cases: [d.caseId], victims: d.victimRefs, allVictimsOfCase: d.caseId };
    }
    case VictimLinked.type: {
      const d = event.data as VictimLinkedV1;
      return { cases: [d.caseId], victims: [...d.victimRefs, d.victimRef] };
    }
    case CaseMerged.type: {
      const d = event.data as CaseMergedV1;
      return { cases: [d.caseId, d.intoCaseId], victims: d.victimRefs };
    }
    default:
      return isCaseEvent(event.data) ? { cases: [event.data.caseId], victims: event.data.victimRefs } : undefined;
  }
}

function lateNotice(n: StoredNotice, agencyIds: string[]): LateNotice {
  return { event: { id: n.eventId, type: n.eventType }, agencyIds };
}

function isCaseEvent(data: object): data is CaseFactsV1 {
  const d = data as Partial<CaseFactsV1>;
  return typeof d.caseId === 'string' && Array.isArray(d.victimRefs);
}
