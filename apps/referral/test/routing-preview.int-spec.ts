import { request, startTestService, TestService } from '@relais/testing';
import { DataSource } from 'typeorm';
import { REFERRAL_SERVICE } from '../src/referral.service-definition';
import { caseworker, coordinator } from './fixtures';

jest.setTimeout(120_000);

/** The coordinator asks who would receive a hypothetical person's needs; routing answers, and writes nothing (real Postgres). */
describe('routing preview', () => {
  let service: TestService;
  const girlInKayes = { region: 'kayes', sex: 'female', age: 14, needs: [{ need: 'shelter', urgent: true }] };
  const preview = async (token: string, body: unknown) => request(`${service.url}/api/v1/routing-rules/preview`, { token, body });
  const counts = async () => {
    const db = service.app.get(DataSource);
    return (await db.query(`SELECT (SELECT count(*) FROM referrals) AS referrals, (SELECT count(*) FROM escalations) AS escalations, (SELECT coalesce(sum(beds_available), 0) FROM agencies) AS beds`))[0];
  };

  beforeAll(async () => {
    service = await startTestService(REFERRAL_SERVICE, { env: { DEADLINE_SCHEDULER_ENABLED: 'false' } });
  });
  afterAll(() => service?.close());

  it('answers for a 14-year-old girl in Kayes needing shelter: a shelter in Kayes, then child protection, with who comes next', async () => {
    const before = await counts();
    const res = await preview(await coordinator(), girlInKayes);
    expect(res.status).toBe(200);
    expect(res.body.rulesVersion).toBeGreaterThanOrEqual(1);
    const byNeed = Object.fromEntries(res.body.decisions.map((d: { need: string }) => [d.need, d]));
    expect(Object.keys(byNeed).sort()).toEqual(['childProtection', 'shelter']);
    expect(byNeed.shelter).toMatchObject({ kind: 'refer', urgent: true, agency: { id: expect.any(String), name: expect.any(String) } });
    const agencies = (await request(`${service.url}/api/v1/agencies/${byNeed.shelter.agency.id}`, { token: await coordinator() })).body;
    expect(agencies.services).toContain('shelter');
    expect(agencies.regions.some((r: string) => r === 'kayes' || r === 'national')).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('says when consent does not allow a referral', async () => {
    const res = await preview(await coordinator(), { region: 'bamako', sex: 'male', age: 30, needs: [{ need: 'legalAid', consented: false }] });
    expect(res.body.decisions).toEqual([expect.objectContaining({ need: 'legalAid', kind: 'notReferred', agency: null })]);
  });

  it('is for the coordinator only, and checks the hypothetical person', async () => {
    expect((await preview(await caseworker('demo-shelter-kayes'), girlInKayes)).status).toBe(403);
    expect((await preview(await coordinator(), { ...girlInKayes, age: -1 })).status).toBe(400);
    expect((await preview(await coordinator(), { ...girlInKayes, rulesVersion: 999 })).status).toBe(404);
  });
});
