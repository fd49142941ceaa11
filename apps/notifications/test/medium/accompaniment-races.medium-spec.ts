import { AuditTrail } from '@relais/auth';
import {
  buildEvent, CaseMerged, CaseOpened, CloudEvent, EventDefinition, HearingScheduled, newVictimRef, ReferralAccepted, uuidv7, VictimLinked,
} from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { MediumDatabase, mediumDatabase, RecordingOutbox } from '@relais/testing';
import { NotificationsConfig } from '../../src/notifications.config';
import { AccompanimentRepository } from '../../src/persistence/accompaniment.repository';
import { ChannelSealer } from '../../src/persistence/channel-sealer';
import { DeliveryRepository } from '../../src/persistence/delivery.repository';
import { NOTIFICATIONS_MIGRATIONS } from '../../src/persistence/migrations';
import { NotifiedEventRepository } from '../../src/persistence/notified-event.repository';
import { RecipientRepository } from '../../src/persistence/recipient.repository';
import { NotifyEvent } from '../../src/use-cases/notify-event';
import { PlanDeliveries } from '../../src/use-cases/plan-deliveries';
import { TrackAccompaniment } from '../../src/use-cases/track-accompaniment';
import * as s from '../support/samples';

/**
 * Two facts of the accompaniment projection handled at the same moment on two partitions (an
 * acceptance and a hearing, a victim linked or a case merged and a hearing) must give exactly what
 * handling them one after the other gives, whichever order: the projection's rows and the
 * deliveries made. Each race is forced: every transaction, its facts written, waits (up to
 * BARRIER_MS) at its first read of the projection for the other to get there too. Without the
 * projection's locks both then read before either commits, each misses the other's facts and the
 * agency is never told; with them the second waits for the first's commit and sees it.
 */

const AGENCY = 'agency-shelter-mopti';
const OTHER_AGENCY = 'agency-health-segou';
const BARRIER_MS = 300;
const FORCED_ROUNDS = 6;
const FREE_ROUNDS = 10;

/** The ids of one round, named so that rounds run with different ids compare equal. */
interface Ids {
  caseA: string;
  caseB: string;
  v1: string;
  v2: string;
  referral: string;
  otherReferral: string;
}

interface Scenario {
  name: string;
  /** Handled one after the other before the race. */
  before(ids: Ids): CloudEvent[];
  /** The two events that race. */
  race(ids: Ids): [CloudEvent, CloudEvent];
}

const event = <T extends object>(definition: EventDefinition<T>, data: T, time = new Date('2027-03-10T12:00:00Z')): CloudEvent =>
  buildEvent(definition, data, { correlationId: 'medium-race', time }) as unknown as CloudEvent;

const caseOf = (caseId: string, victimRefs: string[]) => s.caseFacts({ caseId, victimRefs, reference: 'C-RACE' });
const acceptance = (ids: Ids, victimRef: string, referralId = ids.referral, agencyId = AGENCY) =>
  event(ReferralAccepted, s.accepted(s.referralFacts({ referralId, victimRef, agencyId }), s.at('2027-03-10T15:00:00')));
const hearingOf = (caseId: string, victimRefs: string[]) =>
  event(HearingScheduled, s.hearing(caseOf(caseId, victimRefs), s.at('2027-04-15T09:00:00')), new Date('2027-03-20T10:00:00Z'));

const SCENARIOS: Scenario[] = [
  {
    // The case and its victim are known; the agency's acceptance and the hearing arrive together.
    name: 'acceptance versus hearing',
    before: (ids) => [event(CaseOpened, s.caseOpened(caseOf(ids.caseA, [ids.v1])))],
    race: (ids) => [acceptance(ids, ids.v1), hearingOf(ids.caseA, [ids.v1])],
  },
  {
    // The hearing names only the case's first victim; the second, linked earlier, is accompanied
    // by the agency whose acceptance races it: the hearing must lock every victim of its case.
    name: 'acceptance versus a hearing that does not name the victim',
    before: (ids) => [event(CaseOpened, s.caseOpened(caseOf(ids.caseA, [ids.v1]))), event(VictimLinked, s.victimLinked(caseOf(ids.caseA, [ids.v1]), ids.v2))],
    race: (ids) => [acceptance(ids, ids.v2), hearingOf(ids.caseA, [ids.v1])],
  },
  {
    // The hearing was scheduled before prosecution heard of the second victim, so it names only
    // the first: the second's agency hears of it only through the link.
    name: 'victim linked versus hearing',
    before: (ids) => [event(CaseOpened, s.caseOpened(caseOf(ids.caseA, [ids.v1]))), acceptance(ids, ids.v2)],
    race: (ids) => [event(VictimLinked, s.victimLinked(caseOf(ids.caseA, [ids.v1]), ids.v2)), hearingOf(ids.caseA, [ids.v1])],
  },
  {
    // Case A (whose victim an agency accompanies) is merged into case B as B's hearing is scheduled.
    name: 'case merged versus hearing',
    before: (ids) => [
      event(CaseOpened, s.caseOpened(caseOf(ids.caseA, [ids.v2]))),
      event(CaseOpened, s.caseOpened(caseOf(ids.caseB, [ids.v1]))),
      acceptance(ids, ids.v2),
      acceptance(ids, ids.v1, ids.otherReferral, OTHER_AGENCY),
    ],
    race: (ids) => [event(CaseMerged, s.merged(caseOf(ids.caseA, [ids.v2]), ids.caseB)), hearingOf(ids.caseB, [ids.v1])],
  },
];

describe('the accompaniment projection under racing events (medium, real Postgres)', () => {
  let db: MediumDatabase<{ projection: AccompanimentRepository }>;
  let outbox: RecordingOutbox;
  let notify: NotifyEvent;
  /** Set while a forced race runs: the projection's reads wait for both transactions to reach one. */
  let barrier: { arrived: number; timedOut: boolean; waitMs: number } | undefined;

  beforeAll(async () => {
    db = await mediumDatabase({ service: 'notifications', migrations: NOTIFICATIONS_MIGRATIONS, repositories: (tx) => ({ projection: new AccompanimentRepository(tx) }) });
    outbox = new RecordingOutbox();
    const tx: TransactionHost = db.tx;
    const { projection } = db.repositories;
    const events = new NotifiedEventRepository(tx);
    const recipients = new RecipientRepository(tx, new ChannelSealer({} as NotificationsConfig));
    const plan = new PlanDeliveries(tx, recipients, new DeliveryRepository(tx), outbox.outbox);
    notify = new NotifyEvent(tx, projection, new TrackAccompaniment(projection, events), events, plan, new AuditTrail());
    for (const read of ['holdingsForCase', 'casesOfVictim', 'noticesForCases'] as const) {
      const real = projection[read].bind(projection) as (arg: never) => Promise<unknown>;
      jest.spyOn(projection, read).mockImplementation((async (arg: never) => {
        const b = barrier;
        if (b) {
          b.arrived += 1;
          for (const start = Date.now(); b.arrived < 2; ) {
            if (Date.now() - start >= b.waitMs) {
              b.timedOut = true;
              break;
            }
            await new Promise((r) => setTimeout(r, 5));
          }
        }
        return real(arg);
      }) as never);
    }
  });
  afterAll(() => db?.close());

  const h = {
    deliveriesTo: async (eventId: string) =>
      ((await db.manager.query(`SELECT recipient_id FROM deliveries WHERE event_id = $1 AND recipient_kind = 'agency' AND channel = 'inbox'`, [eventId])) as { recipient_id: string }[]).map((r) => r.recipient_id),
  };

  const freshIds = (): Ids => ({ caseA: uuidv7(), caseB: uuidv7(), v1: newVictimRef(), v2: newVictimRef(), referral: uuidv7(), otherReferral: uuidv7() });

  /** The rows and deliveries of a round, with its ids and event ids replaced by their names. */
  async function snapshot(ids: Ids, events: Record<string, CloudEvent>) {
    const names = new Map<string, string>([...Object.entries(ids).map(([k, v]) => [v, k] as [string, string]), ...Object.entries(events).map(([k, e]) => [e.id, k] as [string, string])]);
    const name = (v: string) => names.get(v) ?? `unknown:${v}`;
    const cases = [ids.caseA, ids.caseB];
    const victims = [ids.v1, ids.v2];
    const eventIds = Object.values(events).map((e) => e.id);
    const q = <T>(sql: string, params: unknown[]) => db.manager.query(sql, params) as Promise<T[]>;
    const links = await q<{ case_id: string; victim_ref: string }>(`SELECT case_id, victim_ref FROM case_victims WHERE case_id = ANY($1::uuid[])`, [cases]);
    const holdings = await q<{ referral_id: string; victim_ref: string; agency_id: string; accepted: boolean }>(
      `SELECT referral_id, victim_ref, agency_id, accepted_at IS NOT NULL AS accepted FROM referral_holdings WHERE victim_ref = ANY($1::text[])`, [victims]);
    const notices = await q<{ event_id: string; case_id: string; kind: string }>(`SELECT event_id, case_id, kind FROM case_notices WHERE case_id = ANY($1::uuid[])`, [cases]);
    const deliveries = await q<{ event_id: string; recipient_kind: string; recipient_id: string; channel: string }>(
      `SELECT event_id, recipient_kind, recipient_id, channel FROM deliveries WHERE event_id = ANY($1::uuid[])`, [eventIds]);
    const delivered = outbox.ofType<{ eventId: string; recipientKind: string; recipientId: string; channel: string }>('notifications.delivered.v1')
      .filter((d) => eventIds.includes(d.eventId));
    return {
      links: links.map((r) => `${name(r.case_id)}/${name(r.victim_ref)}`).sort(),
      holdings: holdings.map((r) => `${name(r.referral_id)}/${name(r.victim_ref)}/${r.agency_id}/${r.accepted ? 'accepted' : 'open'}`).sort(),
      notices: notices.map((r) => `${name(r.event_id)}/${name(r.case_id)}/${r.kind}`).sort(),
      deliveries: deliveries.map((r) => `${name(r.event_id)}->${r.recipient_kind}:${r.recipient_id}/${r.channel}`).sort(),
      delivered: delivered.map((d) => `${name(d.eventId)}->${d.recipientKind}:${d.recipientId}/${d.channel}`).sort(),
    };
  }

  type Mode = 'serial' | 'serial-reversed' | 'forced' | 'free';

  /** `attempts`: the try each racing event is on (a retried event takes the whole projection's lock). */
  async function round(scenario: Scenario, mode: Mode, startSecond = false, attempts: [number, number] = [1, 1]) {
    const ids = freshIds();
    const before = scenario.before(ids);
    for (const e of before) await notify.execute(e);
    const [first, second] = scenario.race(ids);
    if (mode === 'serial') {
      await notify.execute(first);
      await notify.execute(second);
    } else if (mode === 'serial-reversed') {
      await notify.execute(second);
      await notify.execute(first);
    } else {
      barrier = mode === 'forced' ? { arrived: 0, timedOut: false, waitMs: BARRIER_MS } : undefined;
      try {
        const racing: [CloudEvent, number][] = [[first, attempts[0]], [second, attempts[1]]];
        await Promise.all((startSecond ? racing.reverse() : racing).map(([e, attempt]) => notify.execute(e, attempt)));
      } finally {
        barrier = undefined;
      }
    }
    return snapshot(ids, { ...Object.fromEntries(before.map((e, i) => [`before${i}`, e])), first, second });
  }

  describe.each(SCENARIOS)('$name', (scenario) => {
    let serial: Awaited<ReturnType<typeof round>>;

    beforeAll(async () => {
      serial = await round(scenario, 'serial');
    });

    it('handled one after the other, either order gives the same projection and the agency is told once', async () => {
      expect(await round(scenario, 'serial-reversed')).toEqual(serial);
      // The point of the race: the accompanying agency hears of the hearing, once per channel.
      expect(serial.deliveries).toContain(`second->agency:${AGENCY}/inbox`);
    });

    it('forced to overlap, many times and both ways round: exactly what the serial order gives', async () => {
      for (let n = 0; n < FORCED_ROUNDS; n++) expect(await round(scenario, 'forced', n % 2 === 1)).toEqual(serial);
    });

    it('left to overlap as they happen to: exactly what the serial order gives', async () => {
      for (let n = 0; n < FREE_ROUNDS; n++) expect(await round(scenario, 'free', n % 2 === 1)).toEqual(serial);
    });

    it('one of them retried (the whole projection\'s lock) against the other on its first try: exactly what the serial order gives', async () => {
      for (let n = 0; n < 4; n++) expect(await round(scenario, 'forced', n % 2 === 1, n < 2 ? [2, 1] : [1, 2])).toEqual(serial);
    });
  });

  it('facts of unrelated cases and victims do not wait on each other', async () => {
    const [a, b] = [freshIds(), freshIds()];
    for (const e of [event(CaseOpened, s.caseOpened(caseOf(a.caseA, [a.v1]))), event(CaseOpened, s.caseOpened(caseOf(b.caseA, [b.v1])))]) await notify.execute(e);
    // Generous, for a loaded machine: under one lock for all, the first would wait it out whole.
    barrier = { arrived: 0, timedOut: false, waitMs: 3_000 };
    try {
      await Promise.all([notify.execute(acceptance(a, a.v1)), notify.execute(hearingOf(b.caseA, [b.v1]))]);
    } finally {
      expect(barrier.timedOut).toBe(false);
      barrier = undefined;
    }
  });

  it('two consumer runs crossing on the same victims in opposite orders: one fails whole, and its retry gives what the serial order gives', async () => {
    const ids = freshIds();
    const hearingEvent = hearingOf(ids.caseA, [ids.v1, ids.v2]);
    for (const e of [event(CaseOpened, s.caseOpened(caseOf(ids.caseA, [ids.v1, ids.v2]))), hearingEvent]) await notify.execute(e);
    const agencies = ['agency-a1', 'agency-a2', 'agency-b1', 'agency-b2'];
    const [a1, a2, b1, b2] = agencies.map((agencyId, n) => acceptance(ids, n === 0 || n === 3 ? ids.v1 : ids.v2, uuidv7(), agencyId));
    // A run is one transaction around several events (libs/messaging's batch processor): run A
    // takes v1 then v2, run B v2 then v1; each has handled its first event before either goes on.
    let firstsDone = 0;
    const run = (events: CloudEvent[]) =>
      db.tx.run(async () => {
        await notify.execute(events[0]);
        firstsDone += 1;
        for (const start = Date.now(); firstsDone < 2 && Date.now() - start < 2_000; ) await new Promise((r) => setTimeout(r, 5));
        await notify.execute(events[1]);
      });
    const outcomes = await Promise.allSettled([run([a1, a2]), run([b1, b2])]);

    const failed = outcomes.flatMap((o, n) => (o.status === 'rejected' ? [{ n, reason: o.reason as { driverError?: { code?: string } } }] : []));
    expect(failed).toHaveLength(1);
    expect(failed[0].reason.driverError?.code).toBe('40P01');
    const heldNow = async () =>
      ((await db.manager.query(`SELECT agency_id FROM referral_holdings WHERE victim_ref = ANY($1::text[]) ORDER BY agency_id`, [[ids.v1, ids.v2]])) as { agency_id: string }[]).map((r) => r.agency_id);
    const toldNow = async () => (await h.deliveriesTo(hearingEvent.id)).sort();
    // Nothing of the failed run stayed; the other run is whole.
    const [committed, rolledBack] = failed[0].n === 0 ? [['agency-b1', 'agency-b2'], [a1, a2]] : [['agency-a1', 'agency-a2'], [b1, b2]];
    expect(await heldNow()).toEqual(committed);
    expect(await toldNow()).toEqual(committed);
    // As the batch processor goes on: the run redone event by event without the event that failed
    // (its first, on its first try), then that one back from the retry topic on its second try.
    await notify.execute(rolledBack[0]);
    await notify.execute(rolledBack[1], 2);
    expect(await heldNow()).toEqual(agencies);
    expect(await toldNow()).toEqual(agencies);
  });
});
