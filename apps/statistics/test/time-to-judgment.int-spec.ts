import {
  CaseMerged, CaseOpened, JudgmentRendered, newReference, newVictimRef, uuidv7, VictimIdentified, VictimLinked,
} from '@relais/contracts';
import { eventually, request, startTestService, testKafka, TestService, tokenFor } from '@relais/testing';
import { DataSource } from 'typeorm';
import { STATISTICS_SERVICE } from '../src/statistics.service-definition';
import { item, publishAll } from './scenario';

jest.setTimeout(120_000);

/**
 * X is identified on 10 January 2025 and linked to case A (judged 1 March) and to case B (judged
 * 1 June): only the first judgment counts. Y is linked to case C, merged into B: B's judgment is
 * Y's. Z is in a case never judged.
 */
describe('time from identification to judgment', () => {
  let service: TestService;
  let token: string;

  beforeAll(async () => {
    service = await startTestService(STATISTICS_SERVICE);
    token = await tokenFor({ sub: 'stat-1', roles: ['statistician'] });
    const person = (identifiedAt: string) => ({
      identificationId: uuidv7(), victimRef: newVictimRef(), identifiedAt, region: 'kayes' as const, institution: 'police' as const, unitId: 'u',
      sex: 'female' as const, ageGroup: '18-20' as const, isMinor: false, nationalities: ['ML'], forms: ['ForcedLabour' as const],
      methodsOfControl: [], needs: [], consent: { referral: true, dataSharing: false, givenBy: 'victim' as const },
      assessment: 'PossibleVictimOfTrafficking' as const, suspectsCount: 0,
    });
    const [x, y, z] = [person('2025-01-10T00:00:00.000Z'), person('2025-02-01T00:00:00.000Z'), person('2025-02-01T00:00:00.000Z')];
    const kase = (victims: typeof x[]) => ({ caseId: uuidv7(), reference: newReference('C'), officeId: 'parquet-kayes', victimRefs: victims.map((v) => v.victimRef) });
    const [a, b, c, d] = [kase([x]), kase([x]), kase([y]), kase([z])];
    const opened = (k: typeof a, ids: string[]) => item(CaseOpened, { ...k, identificationIds: ids, region: 'kayes', openedAt: '2025-02-15T00:00:00.000Z', openedFrom: 'identification' });
    const judged = (k: typeof a, renderedAt: string) => item(JudgmentRendered, {
      ...k, judgmentId: uuidv7(), renderedAt, instance: 'first',
      defendants: [{ defendantId: uuidv7(), sex: 'male', nationality: 'ML', charges: ['02042'], outcome: 'convicted', sentenceMonths: 60 }],
    });
    const items = [
      ...[x, y, z].map((p) => item(VictimIdentified, p)),
      opened(a, [x.identificationId]), opened(b, []), opened(c, [y.identificationId]), opened(d, [z.identificationId]),
      item(VictimLinked, { ...b, victimRef: x.victimRef, identificationId: x.identificationId, linkedAt: '2025-02-20T00:00:00.000Z' }),
      item(CaseMerged, { ...c, intoCaseId: b.caseId, mergedAt: '2025-04-01T00:00:00.000Z' }),
      judged(a, '2025-03-01T12:00:00.000Z'),
      judged(b, '2025-06-01T12:00:00.000Z'),
    ];
    await publishAll(testKafka(), service.namespace, items);
    const ds = service.app.get(DataSource);
    await eventually(async () => expect((await ds.query('SELECT count(*)::int AS n FROM inbox'))[0].n).toBe(items.length), 60_000, 200);
  });
  afterAll(() => service?.close());

  const days = async (from: string, to: string) =>
    (await request(`${service.url}/api/v1/statistics/prosecutions?measure=timeToJudgment&from=${from}&to=${to}&period=month`, { token })).body.rows;

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
});
