import {
  CaseMerged, CaseOpened, DefendantAdded, DefendantCharged, IdentificationCorrected, JudgmentRendered, newReference, newVictimRef, Region,
  uuidv7, VictimIdentified, VictimIdentifiedV1, VictimLinked,
} from '@relais/contracts';
import { eventually, request, startTestService, testKafka, TestService, tokenFor } from '@relais/testing';
import { DataSource } from 'typeorm';
import { JUDGMENTS_CUBE, PERSONS_CUBE } from '../src/persistence/cube-specs';
import { STATISTICS_SERVICE } from '../src/statistics.service-definition';
import { item, publishAll, Published } from './scenario';
import { expectJudgmentFactsFromScratch, expectTotalsEqualFacts, TotalsCase } from './totals';

jest.setTimeout(120_000);

const person = (identifiedAt: string, region: Region = 'kayes'): VictimIdentifiedV1 => ({
  identificationId: uuidv7(), victimRef: newVictimRef(), identifiedAt, region, institution: 'police', unitId: 'u',
  sex: 'female', ageGroup: '18-20', isMinor: false, nationalities: ['ML'], forms: ['ForcedLabour'],
  methodsOfControl: [], needs: [], consent: { referral: true, dataSharing: false, givenBy: 'victim' },
  assessment: 'PossibleVictimOfTrafficking', suspectsCount: 0,
});
type Case = { caseId: string; reference: string; officeId: string; victimRefs: string[] };
const kase = (victims: VictimIdentifiedV1[]): Case => ({ caseId: uuidv7(), reference: newReference('C'), officeId: 'parquet-kayes', victimRefs: victims.map((v) => v.victimRef) });
const opened = (k: Case, victims: VictimIdentifiedV1[], openedAt = '2025-02-15T00:00:00.000Z') =>
  item(CaseOpened, { ...k, identificationIds: victims.map((v) => v.identificationId), region: 'kayes', openedAt, openedFrom: 'identification' });
/** A first-instance judgment of the case, convicting one (Malian man) defendant. */
const judged = (k: Case, renderedAt: string) => item(JudgmentRendered, {
  ...k, judgmentId: uuidv7(), renderedAt, instance: 'first',
  defendants: [{ defendantId: uuidv7(), sex: 'male', nationality: 'ML', charges: ['02042'], outcome: 'convicted', sentenceMonths: 60 }],
});

/**
 * X is identified on 10 January 2025 and linked to case A (judged 1 March) and to case B (judged
 * 1 June): only the first judgment counts. Y is linked to case C, merged into B: B's judgment is
 * Y's. Z is in a case never judged.
 */
describe('time from identification to judgment', () => {
  let service: TestService;
  let token: string;
  let ds: DataSource;
  let published = 0;

  /** Publishes in order and waits until the service has applied every event so far. */
  const publish = async (items: Published[]) => {
    await publishAll(testKafka(), service.namespace, items);
    published += items.length;
    await eventually(async () => expect((await ds.query('SELECT count(*)::int AS n FROM inbox'))[0].n).toBe(published), 60_000, 200);
  };

  beforeAll(async () => {
    service = await startTestService(STATISTICS_SERVICE);
    ds = service.app.get(DataSource);
    token = await tokenFor({ sub: 'stat-1', roles: ['statistician'] });
    const [x, y, z] = [person('2025-01-10T00:00:00.000Z'), person('2025-02-01T00:00:00.000Z'), person('2025-02-01T00:00:00.000Z')];
    const [a, b, c, d] = [kase([x]), kase([x]), kase([y]), kase([z])];
    await publish([
      ...[x, y, z].map((p) => item(VictimIdentified, p)),
      opened(a, [x]), opened(b, []), opened(c, [y]), opened(d, [z]),
      item(VictimLinked, { ...b, victimRef: x.victimRef, identificationId: x.identificationId, linkedAt: '2025-02-20T00:00:00.000Z' }),
      item(CaseMerged, { ...c, intoCaseId: b.caseId, mergedAt: '2025-04-01T00:00:00.000Z' }),
      judged(a, '2025-03-01T12:00:00.000Z'),
      judged(b, '2025-06-01T12:00:00.000Z'),
    ]);
  });
  afterAll(() => service?.close());

  const rows = async (query: string) => {
    const res = await request(`${service.url}/api/v1/statistics/prosecutions?${query}`, { token });
    expect(res.status).toBe(200);
    return res.body.rows;
  };
  const days = (from: string, to: string, groupBy = '') => rows(`measure=timeToJudgment&from=${from}&to=${to}&period=month${groupBy ? `&groupBy=${groupBy}` : ''}`);

  it('counts a victim at their first judgment only, whatever later case judges them again', async () => {
    // X: 10 January -> 1 March = 50 days.
    expect(await days('2025-01-01', '2025-04-30')).toEqual([{ period: '2025-03', count: 1, medianDays: 50, p90Days: 50 }]);
  });

  it('judges the victims of a merged case with the case it was merged into, and leaves out the unjudged', async () => {
    // Y: 1 February -> 1 June = 120 days; X is not counted again in June.
    expect(await days('2025-05-01', '2025-07-31')).toEqual([{ period: '2025-06', count: 1, medianDays: 120, p90Days: 120 }]);
    expect(await days('2025-01-01', '2025-12-31')).toEqual([
      { period: '2025-03', count: 1, medianDays: 50, p90Days: 50 },
      { period: '2025-06', count: 1, medianDays: 120, p90Days: 120 },
    ]);
    expect(await days('2025-06-02', '2025-12-31')).toEqual([]);
  });

  /**
   * The monthly totals and each victim's first judgment are kept up to date between reads, whatever
   * order the events come in: a victim moves to an earlier judgment, a judgment arrives before its
   * case and before the victim's identification, a case is merged after the judgment of the case it
   * joins, then re-merged elsewhere by an earlier merge; a defendant's stages move and change sex.
   * In 2024 in Gao (2025 and Kayes above stay as they were). Leap year: 1 January -> 1 March = 60 days.
   */
  describe('kept up to date between reads, whatever the order of events', () => {
    const [p, q, r] = [person('2024-01-01T00:00:00.000Z', 'gao'), person('2024-02-01T00:00:00.000Z', 'gao'), person('2024-04-01T00:00:00.000Z', 'gao')];
    const [k1, k2, k3, k4] = [kase([p]), kase([p]), kase([q]), kase([r])];
    const defendant = { ...k1, defendantId: uuidv7(), nationality: 'NE', inCustody: false, addedAt: '2024-02-10T00:00:00.000Z' };
    const charged = (chargedAt: string) => item(DefendantCharged, {
      ...k1, defendantId: defendant.defendantId, charges: [{ chargeId: uuidv7(), offence: 'traffickingForcedLabour', iccs: '02042' }], chargedAt,
    });
    const cases: TotalsCase[] = [
      [JUDGMENTS_CUBE, ['days'], ['n']], [JUDGMENTS_CUBE, ['region', 'days'], ['n']], [JUDGMENTS_CUBE, ['region', 'sex', 'minor', 'days'], ['n']],
      [PERSONS_CUBE, ['sex'], Object.keys(PERSONS_CUBE.measures)], [PERSONS_CUBE, ['sex', 'iccs'], Object.keys(PERSONS_CUBE.measures)],
    ];
    const ranges = [{ from: '2024-01-01', to: '2024-12-31' }, { from: '2024-02-15', to: '2024-08-20' }];
    const year = (query: string) => rows(`${query}&from=2024-01-01&to=2024-12-31&period=month`);
    const consistent = async () => {
      await expectTotalsEqualFacts(service, cases, ranges);
      await expectJudgmentFactsFromScratch(service);
    };

    it('counts what has arrived: a judgment waits for its case and for the victim identification', async () => {
      await publish([
        item(VictimIdentified, p), opened(k1, [p], '2024-01-15T00:00:00.000Z'), opened(k2, [p], '2024-01-15T00:00:00.000Z'),
        judged(k2, '2024-09-01T00:00:00.000Z'),
        // K3 is judged before the case itself arrives; Q's identification comes later still.
        judged(k3, '2024-08-01T00:00:00.000Z'), opened(k3, [q], '2024-02-15T00:00:00.000Z'),
        item(DefendantAdded, { ...defendant, sex: 'male' }), charged('2024-05-10T00:00:00.000Z'),
      ]);
      // P: 1 January -> 1 September = 244 days.
      expect(await days('2024-01-01', '2024-12-31')).toEqual([{ period: '2024-09', count: 1, medianDays: 244, p90Days: 244 }]);
      expect(await year('measure=persons&groupBy=sex')).toEqual([
        { period: '2024-02', sex: 'male', count: 1, prosecuted: 0, convicted: 0, acquitted: 0 },
        { period: '2024-05', sex: 'male', count: 0, prosecuted: 1, convicted: 0, acquitted: 0 },
        { period: '2024-08', sex: 'male', count: 0, prosecuted: 0, convicted: 1, acquitted: 0 },
        { period: '2024-09', sex: 'male', count: 0, prosecuted: 0, convicted: 1, acquitted: 0 },
      ]);
      await consistent();
    });

    it('moves a victim to an earlier judgment and a stage to an earlier date, and counts late arrivals', async () => {
      await publish([
        judged(k1, '2024-03-01T00:00:00.000Z'),
        item(VictimIdentified, q),
        // R's case joins K3 after K3's judgment: that judgment is R's.
        opened(k4, [r], '2024-04-15T00:00:00.000Z'), item(VictimIdentified, r),
        item(CaseMerged, { ...k4, intoCaseId: k3.caseId, mergedAt: '2024-09-15T00:00:00.000Z' }),
        // An earlier charge, and the defendant's record corrected (re-emitted, newer event): a woman.
        charged('2024-03-10T00:00:00.000Z'), item(DefendantAdded, { ...defendant, sex: 'female' }),
      ]);
      // P: 60 days (1 March); Q: 1 February -> 1 August = 182 days; R: 1 April -> 1 August = 122 days.
      expect(await days('2024-01-01', '2024-12-31')).toEqual([
        { period: '2024-03', count: 1, medianDays: 60, p90Days: 60 },
        { period: '2024-08', count: 2, medianDays: 122, p90Days: 182 },
      ]);
      expect(await year('measure=persons&groupBy=sex')).toEqual([
        { period: '2024-02', sex: 'female', count: 1, prosecuted: 0, convicted: 0, acquitted: 0 },
        { period: '2024-03', sex: 'female', count: 0, prosecuted: 1, convicted: 0, acquitted: 0 },
        { period: '2024-03', sex: 'male', count: 0, prosecuted: 0, convicted: 1, acquitted: 0 },
        { period: '2024-08', sex: 'male', count: 0, prosecuted: 0, convicted: 1, acquitted: 0 },
        { period: '2024-09', sex: 'male', count: 0, prosecuted: 0, convicted: 1, acquitted: 0 },
      ]);
      await consistent();
    });

    it('follows a correction of the region, and a victim leaving a judgment for another', async () => {
      await publish([
        item(IdentificationCorrected, {
          identificationId: q.identificationId, victimRef: q.victimRef, correctedAt: '2024-06-01T00:00:00.000Z', changedFields: ['region'],
          region: 'kidal', forms: q.forms, methodsOfControl: [], needs: [], assessment: q.assessment,
        }),
        // An earlier merge wins: K4 went into K2 (judged 1 September), so R leaves August. 1 April -> 1 September = 153 days.
        item(CaseMerged, { ...k4, intoCaseId: k2.caseId, mergedAt: '2024-09-10T00:00:00.000Z' }),
      ]);
      expect(await days('2024-01-01', '2024-12-31')).toEqual([
        { period: '2024-03', count: 1, medianDays: 60, p90Days: 60 },
        { period: '2024-08', count: 1, medianDays: 182, p90Days: 182 },
        { period: '2024-09', count: 1, medianDays: 153, p90Days: 153 },
      ]);
      expect(await rows('measure=timeToJudgment&from=2024-01-01&to=2024-12-31&groupBy=region')).toEqual([
        { region: 'gao', count: 2, medianDays: 60, p90Days: 153 },
        { region: 'kidal', count: 1, medianDays: 182, p90Days: 182 },
      ]);
      await consistent();
    });
  });
});
