import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditTrail } from '@relais/auth';
import { newReference, newVictimRef, ReferralCreated, ReferralEscalated, Region, uuidv7, VictimIdentifiedV1 } from '@relais/contracts';
import { MediumDatabase, mediumDatabase, RecordingOutbox } from '@relais/testing';
import { NATIONAL } from '../../src/domain/agency';
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

function identified(region: Region, need: 'shelter' | 'medical'): VictimIdentifiedV1 {
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
    needs: [{ need, urgent: false, referralConsented: true }],
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
