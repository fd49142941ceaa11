import { adultBody, PEOPLE, Person } from './support/bodies';
import { Harness } from './support/harness';

jest.setTimeout(120_000);

interface Entry { actor: string; action: string; outcome: string; resourceId: string; basis: string | null; seq: number | null }

/** The data protection officer reads who read, or tried to read, a person's file; nobody else may (real Postgres and Kafka). */
describe('intake audit trail, read by the data protection officer', () => {
  let h: Harness;
  let created: { id: string; victimRef: string };
  let other: { id: string; victimRef: string };

  beforeAll(async () => {
    h = await Harness.start();
    created = (await h.call('officerMopti', 'POST', '/api/v1/identifications', adultBody())).body;
    other = (await h.call('officerMopti', 'POST', '/api/v1/identifications', adultBody())).body;
    expect((await h.call('officerMopti2', 'GET', `/api/v1/identifications/${created.id}`)).status).toBe(200);
    expect((await h.call('officerSegou', 'GET', `/api/v1/identifications/${created.id}`)).status).toBe(404);
    expect((await h.call('officerMopti', 'GET', `/api/v1/identifications/${other.id}`)).status).toBe(200);
  });
  afterAll(() => h?.close());

  it('lists every read and denied attempt on the person, with actor, time, basis and outcome, and nothing about another person', async () => {
    const res = await h.call('dpo', 'GET', `/api/v1/audit?resourceId=${created.victimRef}`);
    expect(res.status).toBe(200);
    expect(res.body.service).toBe('intake');
    const items = res.body.items as Entry[];
    expect(items).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: PEOPLE.officerMopti2.sub, action: 'person.read', outcome: 'success', resourceId: created.id, basis: expect.any(String) }),
      expect.objectContaining({ actor: PEOPLE.officerSegou.sub, action: 'person.read', outcome: 'denied', resourceId: created.id }),
    ]));
    expect(items.every((e) => typeof (e as unknown as { at: string }).at === 'string')).toBe(true);
    expect(items.some((e) => e.resourceId === other.id)).toBe(false);
  });

  it('audits the officer’s own read of the trail', async () => {
    await h.call('dpo', 'GET', `/api/v1/audit?resourceId=${created.victimRef}`);
    const items = (await h.call('dpo', 'GET', `/api/v1/audit?resourceId=${created.victimRef}`)).body.items as Entry[];
    expect(items).toEqual(expect.arrayContaining([expect.objectContaining({ actor: PEOPLE.dpo.sub, action: 'audit.read', resourceId: created.victimRef })]));
  });

  it('checks the chain read-only, as audit:verify does', async () => {
    const res = await h.call('dpo', 'GET', '/api/v1/audit/verification');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ service: 'intake', ok: true, rows: expect.any(Number), checkedAt: expect.any(String) });
  });

  it('refuses every other role (403) and a malformed reference (400)', async () => {
    const others = (Object.keys(PEOPLE) as Person[]).filter((p) => p !== 'dpo');
    for (const person of others) {
      expect([person, (await h.call(person, 'GET', `/api/v1/audit?resourceId=${created.victimRef}`)).status]).toEqual([person, 403]);
      expect([person, (await h.call(person, 'GET', '/api/v1/audit/verification')).status]).toEqual([person, 403]);
    }
    expect((await h.call('dpo', 'GET', '/api/v1/audit?resourceId=nobody')).status).toBe(400);
  });
});
