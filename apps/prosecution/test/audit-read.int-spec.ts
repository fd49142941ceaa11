import { request, tokenFor } from '@relais/testing';
import { caseFor, coordinator, Harness, identification, prosecutor, startProsecution } from './fixture';

jest.setTimeout(120_000);

const dpo = () => tokenFor({ sub: 'dpo-1', roles: ['data_protection_officer'] });

/** Who read a person's case file, for the data protection officer only (real Postgres and Kafka). */
describe('prosecution audit trail, read by the data protection officer', () => {
  let h: Harness;
  const person = identification('mopti', { cercle: undefined });
  const someoneElse = identification('mopti', { cercle: undefined });
  let caseId = '';
  let otherCase = '';

  beforeAll(async () => {
    h = await startProsecution();
    caseId = await caseFor(h, person);
    otherCase = await caseFor(h, someoneElse);
    expect((await request(h.url(`/api/v1/cases/${caseId}`), { token: await prosecutor('parquet-tgi-mopti') })).status).toBe(200);
    expect((await request(h.url(`/api/v1/cases/${caseId}`), { token: await prosecutor('parquet-tgi-kayes', 'prosecutor-kayes') })).status).toBe(404);
    expect((await request(h.url(`/api/v1/cases/${otherCase}`), { token: await coordinator() })).status).toBe(200);
  });
  afterAll(() => h?.close());

  it('lists the reads and the denied attempt on the person’s case, and nothing of another person’s', async () => {
    const res = await request(h.url(`/api/v1/audit?resourceId=${person.victimRef}`), { token: await dpo() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ service: 'prosecution', truncated: false });
    expect(res.body.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: 'prosecutor-parquet-tgi-mopti', action: 'case.read', resourceId: caseId, outcome: 'success', at: expect.any(String) }),
      expect.objectContaining({ actor: 'prosecutor-kayes', action: 'case.read', resourceId: caseId, outcome: 'denied' }),
    ]));
    expect(res.body.items.some((e: { resourceId: string }) => e.resourceId === otherCase)).toBe(false);
  });

  it('verifies the chain for the officer and refuses everyone else', async () => {
    const verdict = await request(h.url('/api/v1/audit/verification'), { token: await dpo() });
    expect(verdict.body).toMatchObject({ service: 'prosecution', ok: true });
    for (const token of [await prosecutor('parquet-tgi-mopti'), await coordinator(), await tokenFor({ sub: 's', roles: ['statistician'] }), await tokenFor({ sub: 'a', roles: ['system_admin'] })]) {
      expect((await request(h.url(`/api/v1/audit?resourceId=${person.victimRef}`), { token })).status).toBe(403);
      expect((await request(h.url('/api/v1/audit/verification'), { token })).status).toBe(403);
    }
  });
});
