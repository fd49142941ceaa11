import { request, startTestService, TestService, testKafka, tokenFor } from '@relais/testing';
import { REFERRAL_SERVICE } from '../src/referral.service-definition';
import { agencyAdmin, caseworker, coordinator, deliver, identification, VictimIdentified } from './fixtures';
import { need } from './routing-cases';

jest.setTimeout(120_000);

const dpo = () => tokenFor({ sub: 'dpo-1', roles: ['data_protection_officer'] });

/** Who read a person's referrals, for the data protection officer only (real Postgres and Kafka). */
describe('referral audit trail, read by the data protection officer', () => {
  let service: TestService;
  const woman = { region: 'bamako' as const, sex: 'female' as const, ageGroup: '24-26' as const, isMinor: false };
  const person = identification(woman, [need('shelter')]);
  const someoneElse = identification(woman, [need('shelter')]);
  const audit = (token: string, victimRef: string) => request(`${service.url}/api/v1/audit?resourceId=${victimRef}`, { token });

  beforeAll(async () => {
    service = await startTestService(REFERRAL_SERVICE, { env: { DEADLINE_SCHEDULER_ENABLED: 'false' } });
    const kafka = testKafka();
    for (const data of [person, someoneElse]) await deliver(service, kafka, VictimIdentified, data);
    expect((await request(`${service.url}/api/v1/victims/${person.victimRef}/referrals`, { token: await coordinator() })).status).toBe(200);
    expect((await request(`${service.url}/api/v1/victims/${someoneElse.victimRef}/referrals`, { token: await coordinator() })).status).toBe(200);
  });
  afterAll(() => service?.close());

  it('lists the routing and the reads of the person’s referrals, and nothing of another person’s', async () => {
    const res = await audit(await dpo(), person.victimRef);
    expect(res.status).toBe(200);
    expect(res.body.service).toBe('referral');
    const items = res.body.items as { actor: string; action: string; resourceId: string; outcome: string }[];
    expect(items).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: 'coordinator-1', action: 'victim.referrals.read', resourceId: person.victimRef, outcome: 'success' }),
      expect.objectContaining({ resourceType: 'referral', outcome: 'success' }),
    ]));
    expect(items.some((e) => e.resourceId === someoneElse.victimRef)).toBe(false);
  });

  it('verifies the chain for the officer and refuses everyone else', async () => {
    expect((await request(`${service.url}/api/v1/audit/verification`, { token: await dpo() })).body).toMatchObject({ service: 'referral', ok: true });
    for (const token of [await coordinator(), await caseworker('shelter-bamako'), await agencyAdmin('shelter-bamako'), await tokenFor({ sub: 'a', roles: ['system_admin'] })]) {
      expect((await audit(token, person.victimRef)).status).toBe(403);
      expect((await request(`${service.url}/api/v1/audit/verification`, { token })).status).toBe(403);
    }
  });
});
