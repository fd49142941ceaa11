import { request, tokenFor } from '@relais/testing';
import { caseFor, DAY_MS, Harness, identification, prosecutor, startProsecution } from './fixture';

jest.setTimeout(120_000);

const officerOf = (unitId: string) => tokenFor({ sub: `officer@${unitId}`, roles: ['police_officer'], unitId, institution: 'police', region: 'mopti' });
const supervisorOf = (region: string) => tokenFor({ sub: `supervisor@${region}`, roles: ['police_supervisor'], unitId: `unit-${region}`, region });

/** Police see whether their identifications led to an open case, and nothing of its content (real Kafka and Postgres). */
describe('case statuses for the police', () => {
  let h: Harness;
  const fromUnitA = identification('mopti', { unitId: 'unit-mopti-a', cercle: undefined });
  const fromUnitB = identification('mopti', { unitId: 'unit-mopti-b', cercle: undefined });
  const fromKayes = identification('kayes', { unitId: 'unit-kayes', cercle: undefined });
  let caseA = '';
  const statuses = async (token: string, refs: string[], headers: Record<string, string> = {}) =>
    request(h.url(`/api/v1/case-statuses?${refs.map((r) => `victimRef=${r}`).join('&')}`), { token, headers });

  beforeAll(async () => {
    h = await startProsecution();
    caseA = await caseFor(h, fromUnitA);
    await caseFor(h, fromUnitB);
    await caseFor(h, fromKayes);
  });
  afterAll(() => h?.close());

  it('shows an officer their unit\'s cases: reference, office, stage, open; nothing of the content', async () => {
    const res = await statuses(await officerOf('unit-mopti-a'), [fromUnitA.victimRef, fromUnitB.victimRef, fromKayes.victimRef]);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([{
      caseId: caseA,
      reference: expect.stringMatching(/^C-/),
      victimRef: fromUnitA.victimRef,
      officeId: 'parquet-tgi-mopti',
      officeName: expect.any(String),
      stage: 'reportReceived',
      open: true,
      stageChangedAt: expect.any(String),
      openedAt: expect.any(String),
    }]);
    const en = await statuses(await officerOf('unit-mopti-a'), [fromUnitA.victimRef], { 'accept-language': 'en' });
    expect(en.body.items[0].officeName).not.toBe(res.body.items[0].officeName);
  });

  it('says a case is no longer open once the prosecutor dismisses it', async () => {
    const token = await prosecutor('parquet-tgi-mopti');
    const at = new Date(Date.now() - DAY_MS).toISOString();
    expect((await request(h.url(`/api/v1/cases/${caseA}/transitions`), { token, body: { to: 'dismissed', at, version: 1, decisionRef: 'CSS n° 2026/114' } })).status).toBe(200);
    const [after] = (await statuses(await officerOf('unit-mopti-a'), [fromUnitA.victimRef])).body.items;
    expect(after).toMatchObject({ stage: 'dismissed', open: false });
  });

  it('lists nothing for another unit\'s identification, as for a person unknown', async () => {
    const res = await statuses(await officerOf('unit-mopti-b'), [fromUnitA.victimRef, fromKayes.victimRef]);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it('shows a supervisor the identifications of their region only', async () => {
    const all = [fromUnitA.victimRef, fromUnitB.victimRef, fromKayes.victimRef];
    const mopti = (await statuses(await supervisorOf('mopti'), all)).body.items.map((c: { victimRef: string }) => c.victimRef);
    expect(new Set(mopti)).toEqual(new Set([fromUnitA.victimRef, fromUnitB.victimRef]));
    const kayes = (await statuses(await supervisorOf('kayes'), all)).body.items.map((c: { victimRef: string }) => c.victimRef);
    expect(kayes).toEqual([fromKayes.victimRef]);
  });

  it('refuses prosecutors and agencies here (403) and a malformed reference (400)', async () => {
    expect((await statuses(await prosecutor('parquet-tgi-mopti'), [fromUnitA.victimRef])).status).toBe(403);
    const agency = await tokenFor({ sub: 'cw', roles: ['agency_caseworker'], agencyId: 'demo-shelter-mopti' });
    expect((await statuses(agency, [fromUnitA.victimRef])).status).toBe(403);
    expect((await statuses(await officerOf('unit-mopti-a'), ['not-a-ref'])).status).toBe(400);
  });
});
