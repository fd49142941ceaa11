import { ReferralAcceptedV1, ReferralAcknowledgedV1, ReferralClosedV1, ReferralCreatedV1, ReferralDeclinedV1, ReferralEscalatedV1 } from '@relais/contracts';
import { Insertable } from 'kysely';
import { ReferralFacts } from '../schema.generated';
import { Assignments, Column, earlier, factsOf, least, Recount, recountMonths, sameOrLaterEvent, takeIf, Target, write } from './fact-sql';

const TABLE = 'referral_facts';
const RECOUNT: Recount<typeof TABLE> = { table: TABLE, months: ['month'], cubes: ['referrals', 'acceptance'] };

type Row = Insertable<ReferralFacts>;

/** Every event of a referral carries its key, so whichever arrives first creates the row. */
interface Key {
  referralId: string;
  identificationId: string;
  need: string;
}

/** Upserts one group of columns of a referral; `set` says how the group converges. */
async function upsert(to: Target, key: Key, values: Omit<Row, 'referral_id' | 'identification_id' | 'need'>, set: Assignments<typeof TABLE>): Promise<void> {
  const query = factsOf(to)
    .insertInto(TABLE)
    .values({ referral_id: key.referralId, identification_id: key.identificationId, need: key.need, ...values })
    .onConflict((oc) => oc.column('referral_id').doUpdateSet(set))
    .returning('month');
  await write(to, recountMonths(to, RECOUNT, { referral_id: key.referralId }, query));
}

const CREATED: Column<typeof TABLE>[] = ['created_event', 'created_at', 'agency_type', 'region', 'sex', 'age_group', 'minor', 'urgent', 'ack_due_by', 'rerouted'];

export async function created(to: Target, d: ReferralCreatedV1): Promise<void> {
  await upsert(
    to,
    d,
    {
      created_event: to.eventId, created_at: d.createdAt, agency_type: d.agencyType, region: d.region, sex: d.sex, age_group: d.ageGroup,
      minor: d.isMinor, urgent: d.urgent, ack_due_by: d.dueBy, rerouted: d.reroutedFrom !== undefined,
    },
    takeIf(TABLE, sameOrLaterEvent(TABLE, 'created_event'), CREATED),
  );
}

export async function acknowledged(to: Target, d: ReferralAcknowledgedV1): Promise<void> {
  await upsert(
    to,
    d,
    { acknowledged_at: d.acknowledgedAt, accept_due_by: d.dueBy, ack_event: to.eventId },
    takeIf(TABLE, earlier(TABLE, 'acknowledged_at', 'ack_event'), ['acknowledged_at', 'accept_due_by', 'ack_event']),
  );
}

export async function accepted(to: Target, d: ReferralAcceptedV1): Promise<void> {
  await upsert(to, d, { accepted_at: d.acceptedAt }, { accepted_at: least(TABLE, 'accepted_at') });
}

export async function declined(to: Target, d: ReferralDeclinedV1): Promise<void> {
  await upsert(
    to,
    d,
    { declined_at: d.declinedAt, decline_reason: d.reason, decline_event: to.eventId },
    takeIf(TABLE, earlier(TABLE, 'declined_at', 'decline_event'), ['declined_at', 'decline_reason', 'decline_event']),
  );
}

export async function closed(to: Target, d: ReferralClosedV1): Promise<void> {
  await upsert(
    to,
    d,
    { closed_at: d.closedAt, outcome: d.outcome, closed_event: to.eventId },
    takeIf(TABLE, earlier(TABLE, 'closed_at', 'closed_event'), ['closed_at', 'outcome', 'closed_event']),
  );
}

/** An escalation of a referral marks it escalated, and overdue when a deadline was missed. */
export async function escalated(to: Target, d: ReferralEscalatedV1 & { referralId: string }): Promise<void> {
  await upsert(
    to,
    d,
    { escalated_at: d.escalatedAt, overdue_at: d.cause === 'deadlineMissed' ? d.escalatedAt : null },
    { escalated_at: least(TABLE, 'escalated_at'), overdue_at: least(TABLE, 'overdue_at') },
  );
}
