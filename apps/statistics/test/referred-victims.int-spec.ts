import { newReference, newVictimRef, ReferralCreated, uuidv7 } from '@relais/contracts';
import { eventually, request, startTestService, testKafka, TestService, tokenFor } from '@relais/testing';
import { DataSource } from 'typeorm';
import { STATISTICS_SERVICE } from '../src/statistics.service-definition';
import { item, publishAll } from './scenario';

jest.setTimeout(120_000);

/**
 * Victims referred in a year are distinct victims (not a sum of months): a victim with two
 * referrals counts once, and a creation re-emitted with another date moves the referral from the
 * year it left to the year it entered.
 */
describe('victims referred in a year', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(STATISTICS_SERVICE);
  });
  afterAll(() => service?.close());

  it('counts each victim once a year, and follows a creation moved to another year', async () => {
    const victim = { identificationId: uuidv7(), victimRef: newVictimRef() };
    const referral = (createdAt: string, referralId = uuidv7()) => item(ReferralCreated, {
      ...victim, referralId, reference: newReference('R'), agencyId: 'agency-shelter', need: 'shelter', agencyType: 'Shelter',
      urgent: false, region: 'kayes', isMinor: false, ageGroup: '18-20', sex: 'female', createdAt, dueBy: createdAt,
    });
    const first = referral('2024-12-31T23:00:00.000Z');
    const firstId = (first.event.data as { referralId: string }).referralId;
    const items = [
      first,
      referral('2025-01-05T10:00:00.000Z'),
      referral('2025-02-01T10:00:00.000Z'),
      // The first creation re-emitted (a newer event) with its corrected date, in 2025.
      referral('2025-01-01T01:00:00.000Z', firstId),
    ];
    await publishAll(testKafka(), service.namespace, items);
    const ds = service.app.get(DataSource);
    await eventually(async () => expect((await ds.query('SELECT count(*)::int AS n FROM inbox'))[0].n).toBe(items.length), 60_000, 200);

    const token = await tokenFor({ sub: 'stat-1', roles: ['statistician'] });
    const referred = async (year: number) => {
      const res = await request(`${service.url}/api/v1/statistics/indicators?year=${year}`, { token });
      expect(res.status).toBe(200);
      return res.body.rows.find((r: { indicator: string }) => r.indicator === 'victimsReferred').value;
    };
    expect(await referred(2024)).toBe(0);
    expect(await referred(2025)).toBe(1);
  });
});
