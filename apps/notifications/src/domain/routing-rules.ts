import {
  CaseMerged, CaseOpened, CaseTransferred, EventDefinition, HearingScheduled, JudgmentRendered, PersonalDataErased,
  ReferralAccepted, ReferralAcknowledged, ReferralClosed, ReferralCreated, ReferralDeclined, ReferralEscalated, VictimLinked,
} from '@relais/contracts';
import { agency, COORDINATOR, office, Reach, RecipientRef, recipientKey, Route } from './recipients';

/** What the rules may need besides the event: who accompanies the case's victims (from the projection). */
export interface RoutingContext {
  accompanyingAgencies: readonly string[];
}

type Rule<T extends object> = (data: T, context: RoutingContext) => Route[];

const all = (recipient: RecipientRef): Route => ({ recipient, reach: 'all' });
const inboxOnly = (recipient: RecipientRef): Route => ({ recipient, reach: 'inbox' });

function rule<T extends object>(definition: EventDefinition<T>, route: Rule<T>): [string, Rule<object>] {
  return [definition.type, route as Rule<object>];
}

/**
 * Who hears of what: the whole routing of Relais notifications, in one table.
 *
 * - referral.created: the agency it is addressed to, on every channel (it must acknowledge).
 * - referral.acknowledged: the agency's own inbox, as a reminder of the decision deadline.
 * - referral.accepted: the coordinator's inbox only (follow-up, nothing to act on).
 * - referral.declined: the coordinator, on every channel (a person is waiting for re-routing).
 * - referral.escalated: the coordinator, and the agency when the event names one, on every channel.
 * - referral.closed: the coordinator's inbox only (the outcome, for follow-up).
 * - prosecution.case-opened: the prosecutor office that holds it, on every channel.
 * - prosecution.case-transferred: the office that now holds it on every channel; the former
 *   office's inbox keeps a trace.
 * - prosecution.hearing-scheduled, prosecution.judgment-rendered: the agencies accompanying a
 *   victim of the case (see accompaniment.ts), on every channel.
 * - prosecution.victim-linked, prosecution.case-merged, intake.personal-data-erased: nobody; they
 *   only feed the projection that says who accompanies whom.
 */
const RULES: ReadonlyMap<string, Rule<object>> = new Map([
  rule(ReferralCreated, (d) => [all(agency(d.agencyId))]),
  rule(ReferralAcknowledged, (d) => [inboxOnly(agency(d.agencyId))]),
  rule(ReferralAccepted, () => [inboxOnly(COORDINATOR)]),
  rule(ReferralDeclined, () => [all(COORDINATOR)]),
  rule(ReferralEscalated, (d) => [all(COORDINATOR), ...(d.agencyId ? [all(agency(d.agencyId))] : [])]),
  rule(ReferralClosed, () => [inboxOnly(COORDINATOR)]),
  rule(CaseOpened, (d) => [all(office(d.officeId))]),
  rule(CaseTransferred, (d) => [all(office(d.officeId)), inboxOnly(office(d.fromOfficeId))]),
  rule(HearingScheduled, (_, c) => c.accompanyingAgencies.map((id) => all(agency(id)))),
  rule(JudgmentRendered, (_, c) => c.accompanyingAgencies.map((id) => all(agency(id)))),
  rule(VictimLinked, () => []),
  rule(CaseMerged, () => []),
  rule(PersonalDataErased, () => []),
]);

/** Every event type this service consumes. */
export const CONSUMED_EVENT_TYPES: readonly string[] = [...RULES.keys()];

/** The recipients of one event; a recipient named twice keeps the widest reach. */
export function routesFor(type: string, data: object, context: RoutingContext = { accompanyingAgencies: [] }): Route[] {
  const routes = RULES.get(type)?.(data, context) ?? [];
  const merged = new Map<string, Route>();
  for (const route of routes) {
    const key = recipientKey(route.recipient);
    const known = merged.get(key);
    merged.set(key, known ? { recipient: route.recipient, reach: widest(known.reach, route.reach) } : route);
  }
  return [...merged.values()];
}

function widest(a: Reach, b: Reach): Reach {
  return a === 'all' || b === 'all' ? 'all' : 'inbox';
}
