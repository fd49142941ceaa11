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
  let barrier: { arrived: number } | undefined;

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
          for (const start = Date.now(); b.arrived < 2 && Date.now() - start < BARRIER_MS; ) await new Promise((r) => setTimeout(r, 5));
        }
        return real(arg);
      }) as never);
    }
  });
  afterAll(() => db?.close());

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

  async function round(scenario: Scenario, mode: Mode, startSecond = false) {
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
      barrier = mode === 'forced' ? { arrived: 0 } : undefined;
      try {
        const order = startSecond ? [second, first] : [first, second];
        await Promise.all(order.map((e) => notify.execute(e)));
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
  });
});
