import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditTrail } from '@relais/auth';
import { Need, newReference, newVictimRef, ReferralCreated, ReferralEscalated, Region, uuidv7, VictimIdentifiedV1 } from '@relais/contracts';
import { MediumDatabase, mediumDatabase, RecordingOutbox } from '@relais/testing';
import { EntityManager } from 'typeorm';
import { NATIONAL } from '../../src/domain/agency';
import { applyConsentChange, applyCorrection } from '../../src/domain/identification';
import { AgencyRepository } from '../../src/persistence/agency.repository';
import { EscalationRepository } from '../../src/persistence/escalation.repository';
import { IdentificationRepository } from '../../src/persistence/identification.repository';
import { REFERRAL_MIGRATIONS } from '../../src/persistence/migrations';
import { ReferralRepository } from '../../src/persistence/referral.repository';
import { RoutingRulesRepository } from '../../src/persistence/routing-rules.repository';
import { parseRulesFile } from '../../src/reference-data/reference-files';
import { RouteIdentification } from '../../src/use-cases/route-identification';
import { ReferralRouter } from '../../src/use-cases/shared/referral-router';
import { anAgency, anIdentification, aReferral, T0 } from '../doubles';

const repositoriesOf = (tx: ConstructorParameters<typeof AgencyRepository>[0]) => ({
  agencies: new AgencyRepository(tx),
  escalations: new EscalationRepository(tx),
  identifications: new IdentificationRepository(tx),
  referrals: new ReferralRepository(tx),
  rules: new RoutingRulesRepository(tx),
});

const rulesFile = parseRulesFile(JSON.parse(readFileSync(join(__dirname, '../../data/routing-rules.json'), 'utf8')));

function identified(region: Region, need: Need, ...more: Need[]): VictimIdentifiedV1 {
  return {
    identificationId: uuidv7(),
    victimRef: newVictimRef(),
    identifiedAt: T0.toISOString(),
    region,
    institution: 'police',
    unitId: 'cp-1',
    sex: 'female',
    ageGroup: '24-26',
    isMinor: false,
    nationalities: ['ML'],
    forms: ['SexualExploitation'],
    methodsOfControl: [],
    needs: [need, ...more].map((n) => ({ need: n, urgent: false, referralConsented: true })),
    consent: { referral: true, dataSharing: false, givenBy: 'victim' },
    assessment: 'PossibleVictimOfTrafficking',
    suspectsCount: 0,
  };
}

/**
 * The routing queries (the active directory by region, the agencies' open load, the agencies
 * already tried, the needs already escalated) read through the use case a new identification
 * runs, against real rows: what the unit specs of candidatesFor take as given.
 */
describe('RouteIdentification: the routing queries on real Postgres (medium)', () => {
  let db: MediumDatabase<ReturnType<typeof repositoriesOf>>;
  let outbox: RecordingOutbox;
  let route: RouteIdentification;

  beforeAll(async () => {
    db = await mediumDatabase({ service: 'referral', migrations: REFERRAL_MIGRATIONS, repositories: repositoriesOf });
    const { agencies, identifications, referrals, rules } = db.repositories;
    await db.tx.run(async () => {
      await rules.insert(1, rulesFile.rules, 'medium-spec', 'spec', T0);
      const shelter = (id: string, regions: string[], available: number | null, active = true) =>
        agencies.insert(anAgency(id, { regions: regions as Region[], capacity: available === null ? null : { beds: 4, available }, active }));
      await shelter('a-mopti-full', ['mopti'], 0);
      await shelter('b-mopti-inactive', ['mopti'], 4, false);
      await shelter('c-mopti-busy', ['mopti'], 4);
      await shelter('d-mopti-quiet', ['mopti'], 4);
      await shelter('e-kayes', ['kayes'], 4);
      await shelter('f-national', [NATIONAL], 4);
      await agencies.insert(anAgency('g-mopti-legal', { type: 'LegalAid', services: ['legalAid'], regions: ['mopti'], capacity: null }));
      // Two open referrals make c-mopti-busy the busier of the two free local shelters; a closed one does not count.
      for (const status of ['pending', 'accepted', 'closed'] as const) {
        const identificationId = uuidv7();
        const victimRef = newVictimRef();
        await identifications.lockOrCreate(identificationId, victimRef);
        await identifications.save(anIdentification({ identificationId, victimRef }), T0);
        await referrals.insert(aReferral({ id: uuidv7(), reference: newReference('R'), identificationId, victimRef, agencyId: status === 'closed' ? 'd-mopti-quiet' : 'c-mopti-busy', status, dueBy: status === 'pending' ? T0 : null }));
        if (status === 'closed') await referrals.insert(aReferral({ id: uuidv7(), reference: newReference('R'), identificationId, victimRef, agencyId: 'd-mopti-quiet', need: 'medical', status: 'closed', dueBy: null }));
      }
    });
  });
  afterAll(() => db?.close());

  beforeEach(() => {
    outbox = new RecordingOutbox();
    const { agencies, escalations, identifications, referrals, rules } = db.repositories;
    // A router per test: it keeps the agencies' load for a second.
    const router = new ReferralRouter(referrals, agencies, rules, escalations, outbox.outbox, new AuditTrail());
    route = new RouteIdentification(db.tx, identifications, router, new AuditTrail());
  });

  const referralsOf = (identificationId: string) =>
    db.manager.query(`SELECT agency_id, need, status FROM referrals WHERE identification_id = $1 ORDER BY created_at`, [identificationId]) as Promise<{ agency_id: string }[]>;
  const escalationsOf = (identificationId: string) =>
    db.manager.query(`SELECT cause, need FROM escalations WHERE identification_id = $1`, [identificationId]) as Promise<{ cause: string; need: string }[]>;

  it('sends a shelter need in Mopti to the active local shelter with a free bed and the fewest open referrals', async () => {
    const event = identified('mopti', 'shelter');
    const made = await route.execute(event, T0);

    expect(made.map((r) => r.agencyId)).toEqual(['d-mopti-quiet']);
    expect(await referralsOf(event.identificationId)).toEqual([{ agency_id: 'd-mopti-quiet', need: 'shelter', status: 'pending' }]);
    expect(outbox.ofType<{ agencyId: string }>(ReferralCreated.type).map((e) => e.agencyId)).toEqual(['d-mopti-quiet']);
  });

  it('falls back to a national agency where no local one covers the region', async () => {
    const event = identified('sikasso', 'shelter');
    const made = await route.execute(event, T0);

    expect(made.map((r) => r.agencyId)).toEqual(['f-national']);
  });

  it('escalates to the coordinator when no agency offers the need, and makes nothing new on a redelivery', async () => {
    const event = identified('kayes', 'medical');
    expect(await route.execute(event, T0)).toEqual([]);
    expect(await escalationsOf(event.identificationId)).toEqual([{ cause: 'noCandidate', need: 'medical' }]);
    expect(outbox.events.map((e) => e.type)).toEqual([ReferralEscalated.type]);

    expect(await route.execute(event, T0)).toEqual([]);
    expect(await escalationsOf(event.identificationId)).toHaveLength(1);
    expect(outbox.events).toHaveLength(1);
  });

  it('routes a redelivered identification once: the need already referred is not referred again', async () => {
    const event = identified('kayes', 'shelter');
    expect((await route.execute(event, T0)).map((r) => r.agencyId)).toEqual(['e-kayes']);
    expect(await route.execute(event, T0)).toEqual([]);
    expect(await referralsOf(event.identificationId)).toHaveLength(1);
  });
});

/**
 * What a new identification costs in round trips, and that the merged statements (one upsert for
 * the identification, one read of the needs settled elsewhere, the agencies tried taken from the
 * identification's referrals) route the same on replays and on events arriving out of order.
 */
describe('RouteIdentification: statements per identification and order of events (medium)', () => {
  let db: MediumDatabase<ReturnType<typeof repositoriesOf>>;
  let outbox: RecordingOutbox;
  let route: RouteIdentification;

  beforeAll(async () => {
    db = await mediumDatabase({ service: 'referral', migrations: REFERRAL_MIGRATIONS, repositories: repositoriesOf });
    const { agencies, rules } = db.repositories;
    await db.tx.run(async () => {
      await rules.insert(1, rulesFile.rules, 'medium-spec', 'spec', T0);
      await agencies.insert(anAgency('a-mopti-shelter', { regions: ['mopti'] }));
      await agencies.insert(anAgency('b-mopti-shelter', { regions: ['mopti'] }));
      await agencies.insert(anAgency('c-mopti-legal', { type: 'LegalAid', services: ['legalAid'], regions: ['mopti'], capacity: null }));
    });
  });
  afterAll(() => db?.close());

  beforeEach(() => {
    outbox = new RecordingOutbox();
    const { agencies, escalations, identifications, referrals, rules } = db.repositories;
    const router = new ReferralRouter(referrals, agencies, rules, escalations, outbox.outbox, new AuditTrail());
    route = new RouteIdentification(db.tx, identifications, router, new AuditTrail());
  });

  /** The SQL run on any manager while `work` runs, the platform's audit and outbox writes aside (batched by their own library). */
  async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
    const query = jest.spyOn(EntityManager.prototype, 'query');
    try {
      await work();
      return query.mock.calls.map(([text]) => text.replace(/\s+/g, ' ').trim()).filter((text) => !/\b(audit_log|outbox)\b/i.test(text));
    } finally {
      query.mockRestore();
    }
  }
  const on = (statements: string[], pattern: RegExp) => statements.filter((s) => pattern.test(s)).length;

  const referralsOf = (identificationId: string) =>
    db.manager.query(`SELECT agency_id, need, status FROM referrals WHERE identification_id = $1 ORDER BY need`, [identificationId]) as Promise<{ agency_id: string; need: string; status: string }[]>;
  const escalationsOf = (identificationId: string) =>
    db.manager.query(`SELECT cause, need FROM escalations WHERE identification_id = $1 ORDER BY need`, [identificationId]) as Promise<{ cause: string; need: string }[]>;

  it('routes three needs (two referrals, one escalation) with one statement for the identification, one for the referrals, none per need for the agencies tried', async () => {
    const event = identified('mopti', 'shelter', 'legalAid', 'medical');
    const statements = await statementsOf(() => route.execute(event, T0));

    expect(await referralsOf(event.identificationId)).toEqual([
      { agency_id: 'c-mopti-legal', need: 'legalAid', status: 'pending' },
      { agency_id: 'a-mopti-shelter', need: 'shelter', status: 'pending' },
    ]);
    expect(await escalationsOf(event.identificationId)).toEqual([{ cause: 'noCandidate', need: 'medical' }]);
    expect(on(statements, /\bidentifications\b/)).toBe(1); // the upsert: was an insert, a SELECT FOR UPDATE and an UPDATE
    expect(on(statements, /^insert into "identifications" .* on conflict .* do update .* returning/i)).toBe(1);
    expect(on(statements, /^select "agency_id" from "referrals"/i)).toBe(0); // was one per need
    expect(on(statements, /\bunion\b/i)).toBe(1); // needs escalated and open elsewhere: was two DISTINCT reads
    expect(on(statements, /^insert into "referrals" .* values \(.*\), \(.*\) on conflict/i)).toBe(1); // both referrals: was an insert each
    expect(on(statements, /^insert into "escalations"/i)).toBe(1);
    // The upsert, the identification's referrals, the needs settled, the rules, the directory, the load, the referrals, the escalation: 15 before.
    expect(statements).toHaveLength(8);
  });

  it('makes nothing on a replay, in three statements', async () => {
    const event = identified('mopti', 'shelter', 'medical');
    await route.execute(event, T0);
    const created = outbox.events.length;

    const statements = await statementsOf(() => route.execute(event, T0));

    expect(statements).toHaveLength(3);
    expect(outbox.events).toHaveLength(created);
    expect(await referralsOf(event.identificationId)).toHaveLength(1);
    expect(await escalationsOf(event.identificationId)).toHaveLength(1);
  });

  it('routes the corrected needs when the correction overtook the identification, and an older redelivery changes nothing', async () => {
    const event = identified('mopti', 'shelter');
    const { identifications } = db.repositories;
    await db.tx.run(async () => {
      const before = await identifications.lockOrCreate(event.identificationId, event.victimRef);
      const corrected = applyCorrection(before, {
        identificationId: event.identificationId, victimRef: event.victimRef, correctedAt: new Date(T0.getTime() + 60_000).toISOString(),
        changedFields: ['needs'], region: 'mopti', forms: ['SexualExploitation'], methodsOfControl: [],
        needs: [{ need: 'legalAid', urgent: false, referralConsented: true }], assessment: 'PossibleVictimOfTrafficking',
      });
      await identifications.save(corrected, T0);
    });

    expect((await route.execute(event, T0)).map((r) => r.need)).toEqual(['legalAid']);
    expect(await route.execute(event, T0)).toEqual([]);
    expect(await referralsOf(event.identificationId)).toEqual([{ agency_id: 'c-mopti-legal', need: 'legalAid', status: 'pending' }]);
  });

  it('routes nothing when a withdrawal of consent overtook the identification', async () => {
    const event = identified('mopti', 'shelter');
    const { identifications } = db.repositories;
    await db.tx.run(async () => {
      const before = await identifications.lockOrCreate(event.identificationId, event.victimRef);
      await identifications.save(applyConsentChange(before, {
        identificationId: event.identificationId, victimRef: event.victimRef, changedAt: new Date(T0.getTime() + 60_000).toISOString(),
        consent: { referral: false, dataSharing: false, givenBy: 'victim', withdrawn: true },
      }), T0);
    });

    expect(await route.execute(event, T0)).toEqual([]);
    expect(await referralsOf(event.identificationId)).toEqual([]);
    expect(await db.tx.run(() => identifications.lock(event.identificationId))).toMatchObject({ consent: { withdrawn: true }, identifiedAt: T0 });
  });

  it('routes nothing for an identification erased before it arrived', async () => {
    const event = identified('mopti', 'shelter');
    const { identifications } = db.repositories;
    await db.tx.run(async () => {
      await identifications.lockOrCreate(event.identificationId, event.victimRef);
      await identifications.save({ ...(await identifications.lock(event.identificationId))!, erasedAt: T0 }, T0);
    });

    expect(await route.execute(event, T0)).toEqual([]);
    expect(await db.tx.run(() => identifications.lock(event.identificationId))).toMatchObject({ erasedAt: T0 });
  });

  it('sends a need routed again after consent came back to an agency not asked before, from the referrals already read', async () => {
    const event = identified('mopti', 'shelter');
    const { identifications, referrals } = db.repositories;
    const withdrawn = aReferral({
      id: uuidv7(), reference: newReference('R'), identificationId: event.identificationId, victimRef: event.victimRef, agencyId: 'a-mopti-shelter',
    });
    await db.tx.run(async () => {
      await identifications.recordIdentified(event, T0);
      await referrals.insert(withdrawn);
      await referrals.update({ ...withdrawn, status: 'closed', outcome: 'consentWithdrawn', dueBy: null, closedAt: T0, version: 2 }, 1);
    });

    expect((await route.execute(event, T0)).map((r) => r.agencyId)).toEqual(['b-mopti-shelter']);
  });

  it('writes several referrals in one insert and leaves out, without failing, one whose need that agency already has', async () => {
    const event = identified('mopti', 'shelter', 'legalAid');
    const { identifications, referrals } = db.repositories;
    const referral = (need: Need, agencyId: string) => aReferral({
      id: uuidv7(), reference: newReference('R'), identificationId: event.identificationId, victimRef: event.victimRef, need, agencyId,
    });
    const first = referral('shelter', 'a-mopti-shelter');
    const again = referral('shelter', 'a-mopti-shelter');
    const legal = referral('legalAid', 'c-mopti-legal');
    await db.tx.run(async () => {
      await identifications.recordIdentified(event, T0);
      expect(await referrals.insertAll([first])).toEqual(new Set([first.id]));
      expect(await referrals.insertAll([again, legal])).toEqual(new Set([legal.id]));
      expect(await referrals.insertAll([])).toEqual(new Set());
    });
    expect(await referralsOf(event.identificationId)).toEqual([
      { agency_id: 'c-mopti-legal', need: 'legalAid', status: 'pending' },
      { agency_id: 'a-mopti-shelter', need: 'shelter', status: 'pending' },
    ]);
    // Replayed, the identification finds both needs referred.
    expect(await route.execute(event, T0)).toEqual([]);
  });

  it('leaves a need another identification of the person has open to that agency, and refers the rest', async () => {
    const first = identified('mopti', 'shelter');
    await route.execute(first, T0);
    const second = { ...identified('mopti', 'shelter', 'legalAid'), victimRef: first.victimRef };

    expect((await route.execute(second, T0)).map((r) => r.need)).toEqual(['legalAid']);
  });
});
