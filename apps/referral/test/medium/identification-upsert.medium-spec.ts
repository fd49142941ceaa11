import { ConsentChangedV1, IdentificationCorrectedV1, newVictimRef, uuidv7, VictimIdentifiedV1 } from '@relais/contracts';
import { MediumDatabase, mediumDatabase } from '@relais/testing';
import {
  applyConsentChange, applyCorrection, applyErasure, applyIdentified, emptyIdentification, IdentificationState,
} from '../../src/domain/identification';
import { IdentificationRepository } from '../../src/persistence/identification.repository';
import { REFERRAL_MIGRATIONS } from '../../src/persistence/migrations';
import { T0 } from '../doubles';

const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

type Step =
  | { kind: 'identified'; event: VictimIdentifiedV1 }
  | { kind: 'corrected'; event: IdentificationCorrectedV1 }
  | { kind: 'consent'; event: ConsentChangedV1 }
  | { kind: 'erased'; at: Date };

function identified(identificationId: string, victimRef: string, minute: number, region: 'mopti' | 'kayes', unitId: string): Step {
  return {
    kind: 'identified',
    event: {
      identificationId, victimRef, identifiedAt: at(minute).toISOString(), region, institution: 'police', unitId,
      sex: 'female', ageGroup: '24-26', isMinor: false, nationalities: ['ML'], languages: ['fr', 'bm'], forms: ['SexualExploitation'],
      methodsOfControl: [], needs: [{ need: 'shelter', urgent: minute > 1, referralConsented: true }],
      consent: { referral: true, dataSharing: minute > 1, givenBy: 'victim' }, assessment: 'PossibleVictimOfTrafficking', suspectsCount: 0,
    },
  };
}

/** Every ordering of `items`. */
function orderings<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => orderings([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * recordIdentified merges `victim-identified` into the row in SQL (one upsert under the row lock);
 * applyIdentified is the same rule in TypeScript, which corrections, consent changes and erasures
 * still use. Every ordering of a set of events, each delivered twice, must leave the row where the
 * domain's fold of that ordering leaves the state.
 */
describe('IdentificationRepository.recordIdentified on real Postgres (medium)', () => {
  let db: MediumDatabase<{ identifications: IdentificationRepository }>;

  beforeAll(async () => {
    db = await mediumDatabase({ service: 'referral', migrations: REFERRAL_MIGRATIONS, repositories: (tx) => ({ identifications: new IdentificationRepository(tx) }) });
  });
  afterAll(() => db?.close());

  /** What the use cases write for each event: the upsert for an identification, lock + apply + save for the rest. */
  async function deliver(step: Step, identificationId: string, victimRef: string): Promise<IdentificationState> {
    const { identifications } = db.repositories;
    return db.tx.run(async () => {
      if (step.kind === 'identified') return identifications.recordIdentified(step.event, T0);
      const before = await identifications.lockOrCreate(identificationId, victimRef);
      const after = step.kind === 'corrected' ? applyCorrection(before, step.event)
        : step.kind === 'consent' ? applyConsentChange(before, step.event)
          : applyErasure(before, step.at);
      await identifications.save(after, T0);
      return after;
    });
  }

  function fold(state: IdentificationState, step: Step): IdentificationState {
    switch (step.kind) {
      case 'identified': return applyIdentified(state, step.event);
      case 'corrected': return applyCorrection(state, step.event);
      case 'consent': return applyConsentChange(state, step.event);
      case 'erased': return applyErasure(state, step.at);
    }
  }

  const stored = (identificationId: string) => db.tx.run(() => db.repositories.identifications.lock(identificationId));

  it('creates the row from a first identification and answers it', async () => {
    const identificationId = uuidv7();
    const victimRef = newVictimRef();
    const step = identified(identificationId, victimRef, 1, 'mopti', 'cp-1');
    const answered = await deliver(step, identificationId, victimRef);

    const expected = fold(emptyIdentification(identificationId, victimRef), step);
    expect(answered).toEqual(expected);
    expect(await stored(identificationId)).toEqual(expected);
  });

  it('converges like applyIdentified whatever the order of identifications, corrections, consent changes and erasure, and on replays', async () => {
    const steps = (identificationId: string, victimRef: string): Step[] => [
      identified(identificationId, victimRef, 1, 'mopti', 'cp-1'),
      // A second identification event, newer: its facts and consent win over the first's.
      identified(identificationId, victimRef, 3, 'kayes', 'cp-2'),
      { kind: 'corrected', event: { identificationId, victimRef, correctedAt: at(2).toISOString(), changedFields: ['region', 'needs'], region: 'sikasso', forms: ['ForcedLabour'], methodsOfControl: [], needs: [{ need: 'legalAid', urgent: false, referralConsented: true }], assessment: 'PossibleVictimOfTrafficking' } },
      { kind: 'consent', event: { identificationId, victimRef, changedAt: at(4).toISOString(), consent: { referral: false, dataSharing: false, givenBy: 'victim', withdrawn: true } } },
      { kind: 'erased', at: at(5) },
    ];
    const all = orderings([0, 1, 2, 3, 4]);
    expect(all).toHaveLength(120);
    for (const order of all) {
      const identificationId = uuidv7();
      const victimRef = newVictimRef();
      const events = steps(identificationId, victimRef);
      let expected = emptyIdentification(identificationId, victimRef);
      // Each event twice in a row: a redelivery must change nothing.
      for (const step of order.flatMap((i) => [events[i], events[i]])) {
        expected = fold(expected, step);
        const answered = await deliver(step, identificationId, victimRef);
        expect({ order, state: answered }).toEqual({ order, state: expected });
      }
      expect({ order, state: await stored(identificationId) }).toEqual({ order, state: expected });
    }
  });

  it('keeps the pseudonym the row was created with', async () => {
    const identificationId = uuidv7();
    const victimRef = newVictimRef();
    await deliver({ kind: 'erased', at: T0 }, identificationId, victimRef);
    const state = await deliver(identified(identificationId, newVictimRef(), 1, 'mopti', 'cp-1'), identificationId, victimRef);
    expect(state).toMatchObject({ victimRef, erasedAt: T0, region: 'mopti' });
  });
});
