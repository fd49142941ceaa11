import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiJson } from '@relais/platform';
import { request, tokenFor } from '@relais/testing';
import { caseworker, deliver, identification, referralUnderTest, VictimIdentified } from './fixtures';
import { need } from './routing-cases';

jest.setTimeout(120_000);

const officerOf = (unitId: string) => tokenFor({ sub: `officer@${unitId}`, roles: ['police_officer'], unitId, institution: 'police', region: 'bamako' });
const supervisorOf = (region: string) => tokenFor({ sub: `supervisor@${region}`, roles: ['police_supervisor'], unitId: `unit-${region}`, region });

/** Police follow the referrals of their own identifications, coarse status only (real Kafka and Postgres). */
describe('referral statuses for the police', () => {
  const t = referralUnderTest();
  const woman = { region: 'bamako' as const, sex: 'female' as const, ageGroup: '24-26' as const, isMinor: false };
  const fromUnitA = identification(woman, [need('shelter'), need('legalAid')], { unitId: 'unit-bamako-a' });
  const fromUnitB = identification(woman, [need('shelter')], { unitId: 'unit-bamako-b' });
  const fromMopti = identification({ ...woman, region: 'mopti' }, [need('shelter')], { unitId: 'unit-mopti' });
  const statuses = (token: string, ...refs: string[]) =>
    request(`${t.service.url}/api/v1/referral-statuses?${refs.map((r) => `victimRef=${r}`).join('&')}`, { token });

  beforeAll(async () => {
    for (const data of [fromUnitA, fromUnitB, fromMopti]) await deliver(t.service, t.kafka, VictimIdentified, data);
  });

  it('shows an officer the referrals of their unit\'s identifications: reference, need, agency, status, deadline, nothing personal', async () => {
    const res = await statuses(await officerOf('unit-bamako-a'), fromUnitA.victimRef, fromUnitB.victimRef, fromMopti.victimRef);
    expect(res.status).toBe(200);
    expect(res.body.items.map((r: { need: string }) => r.need).sort()).toEqual(['legalAid', 'shelter']);
    for (const item of res.body.items) {
      expect(Object.keys(item).sort()).toEqual(
        ['agencyId', 'agencyName', 'createdAt', 'dueBy', 'id', 'identificationId', 'need', 'reference', 'status', 'updatedAt', 'urgent', 'victimRef'],
      );
      expect(item).toMatchObject({ victimRef: fromUnitA.victimRef, status: 'pending', reference: expect.stringMatching(/^R-/), agencyName: expect.any(String) });
      expect(Date.parse(item.dueBy)).toBeGreaterThan(Date.now());
    }
  });

  it('follows a status change made by the agency', async () => {
    const [first] = (await statuses(await officerOf('unit-bamako-a'), fromUnitA.victimRef)).body.items;
    const ack = await request(`${t.service.url}/api/v1/referrals/${first.id}/acknowledge`, { token: await caseworker(first.agencyId), body: { version: 1 } });
    expect(ack.status).toBe(200);
    const after = (await statuses(await officerOf('unit-bamako-a'), fromUnitA.victimRef)).body.items;
    expect(after.find((r: { id: string }) => r.id === first.id).status).toBe('acknowledged');
  });

  it('lists nothing for another unit\'s identification, as for a person unknown', async () => {
    const res = await statuses(await officerOf('unit-bamako-b'), fromUnitA.victimRef, fromMopti.victimRef);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect((await statuses(await officerOf('unit-nowhere'), fromUnitB.victimRef)).body.items).toEqual([]);
  });

  it('shows a supervisor the identifications of their region only', async () => {
    const all = [fromUnitA.victimRef, fromUnitB.victimRef, fromMopti.victimRef];
    const bamako = (await statuses(await supervisorOf('bamako'), ...all)).body.items.map((r: { victimRef: string }) => r.victimRef);
    expect(new Set(bamako)).toEqual(new Set([fromUnitA.victimRef, fromUnitB.victimRef]));
    const mopti = (await statuses(await supervisorOf('mopti'), ...all)).body.items.map((r: { victimRef: string }) => r.victimRef);
    expect(mopti).toEqual([fromMopti.victimRef]);
  });

  it('refuses agencies (403), a malformed reference or too many at once (400)', async () => {
    expect((await statuses(await caseworker('demo-shelter-bamako-women'), fromUnitA.victimRef)).status).toBe(403);
    expect((await statuses(await officerOf('unit-bamako-a'), 'Aminata')).status).toBe(400);
    const many = Array.from({ length: 51 }, () => fromUnitA.victimRef);
    expect((await statuses(await officerOf('unit-bamako-a'), ...many)).status).toBe(400);
    expect((await request(`${t.service.url}/api/v1/referral-statuses`, { token: await officerOf('unit-bamako-a') })).status).toBe(400);
  });

  it('serves exactly the checked-in docs/openapi/referral.json, which `npm run openapi` builds without a database', async () => {
    const served = openApiJson((await request(`${t.service.url}/api/docs-json`)).body);
    expect(served).toBe(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'openapi', 'referral.json'), 'utf8'));
  });
});
