import { CloudEvent, Topics, uuidv7 } from '@relais/contracts';
import { eventually, readEvents, request, tokenFor } from '@relais/testing';
import { DataSource } from 'typeorm';
import { agencyAdmin, caseworker, coordinator, deliver, escalationsOf, identification, patchAgency, referralsOf, referralUnderTest, VictimIdentified } from './fixtures';
import { need } from './routing-cases';

jest.setTimeout(120_000);

/** The referral lifecycle through the HTTP API, as caseworkers and the coordinator use it. */
describe('referral lifecycle over HTTP (real Kafka and Postgres)', () => {
  const t = referralUnderTest();
  let db: DataSource;

  beforeAll(async () => {
    db = t.service.app.get(DataSource);
  });

  /** An adult referred for shelter; returns the referral id and the identification. */
  async function referShelter(region: 'mopti' | 'bamako' = 'mopti', sex: 'female' | 'male' = 'female') {
    const data = identification({ region, sex, ageGroup: '24-26', isMinor: false }, [need('shelter')]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    const [referral] = await referralsOf(t.service, data.identificationId);
    return { id: referral.id, agencyId: referral.agency_id, data };
  }

  async function beds(agencyId: string): Promise<number> {
    const res = await request(t.url(`/agencies/${agencyId}`), { token: await coordinator() });
    return res.body.capacity.available;
  }

  async function eventsOf(referralId: string, count: number): Promise<CloudEvent<Record<string, unknown>>[]> {
    return eventually(async () => {
      const all = await readEvents<Record<string, unknown>>(t.kafka, t.service.namespace, Topics.ReferralReferrals);
      const mine = all.filter((e) => e.data.referralId === referralId);
      expect(mine).toHaveLength(count);
      return mine;
    });
  }

  it('acknowledge, accept, close: each answer carries the new version, a bed is taken and given back, events follow in order', async () => {
    const { id, agencyId } = await referShelter();
    const worker = await caseworker(agencyId);
    const bedsBefore = await beds(agencyId);

    const seen = await request(t.url(`/referrals/${id}`), { token: worker });
    expect(seen.status).toBe(200);
    expect(seen.headers.get('etag')).toBe('"1"');
    expect(seen.body).toMatchObject({ id, agencyId, need: 'shelter', status: 'pending', version: 1, urgent: false, rulesVersion: 1 });
    const created = Date.parse(seen.body.createdAt);
    expect(Date.parse(seen.body.dueBy) - created).toBe(360 * 60_000);

    const acked = await request(t.url(`/referrals/${id}/acknowledge`), { token: worker, body: { version: 1 } });
    expect(acked.status).toBe(200);
    expect(acked.body).toMatchObject({ status: 'acknowledged', version: 2 });
    expect(acked.headers.get('etag')).toBe('"2"');
    expect(Date.parse(acked.body.dueBy) - Date.parse(acked.body.acknowledgedAt)).toBe(360 * 60_000);

    const accepted = await request(t.url(`/referrals/${id}/accept`), { token: worker, body: {}, headers: { 'if-match': '"2"' } });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', version: 3, dueBy: null });
    expect(await beds(agencyId)).toBe(bedsBefore - 1);

    const closed = await request(t.url(`/referrals/${id}/close`), {
      token: worker,
      body: { version: 3, outcome: 'serviceProvided', note: 'Aminata D. hébergée trois semaines' },
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', version: 4, outcome: 'serviceProvided', closeNote: 'Aminata D. hébergée trois semaines' });
    expect(await beds(agencyId)).toBe(bedsBefore);

    const events = await eventsOf(id, 4);
    expect(events.map((e) => e.type)).toEqual(['referral.created.v1', 'referral.acknowledged.v1', 'referral.accepted.v1', 'referral.closed.v1']);
    expect(events[3].data).toMatchObject({ outcome: 'serviceProvided' });
    expect(JSON.stringify(events)).not.toContain('Aminata');

    const audit: { action: string; actor: string }[] = await db.query(
      `SELECT action, actor FROM audit_log WHERE resource_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual(['referral.create', 'referral.read', 'referral.acknowledge', 'referral.accept', 'referral.close']);
    expect(audit.slice(1).every((a) => a.actor === `caseworker@${agencyId}`)).toBe(true);
    expect(JSON.stringify(await db.query(`SELECT details FROM audit_log`))).not.toContain('Aminata');
  });

  it('refuses a stale version, an illegal move, a missing or contradictory version, and changes nothing', async () => {
    const { id, agencyId } = await referShelter();
    const worker = await caseworker(agencyId);
    await request(t.url(`/referrals/${id}/acknowledge`), { token: worker, body: { version: 1 } });

    const stale = await request(t.url(`/referrals/${id}/accept`), { token: worker, body: { version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_STALE', details: { version: 1, currentVersion: 2 } });

    const illegal = await request(t.url(`/referrals/${id}/close`), { token: worker, body: { version: 2, outcome: 'serviceProvided' } });
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { status: 'acknowledged', action: 'close' } });
    expect(illegal.body.message).toContain('acknowledged');

    const again = await request(t.url(`/referrals/${id}/acknowledge`), { token: worker, body: { version: 2 } });
    expect(again).toMatchObject({ status: 409, body: { code: 'ILLEGAL_TRANSITION' } });

    const missing = await request(t.url(`/referrals/${id}/accept`), { token: worker, body: {} });
    expect(missing).toMatchObject({ status: 428, body: { code: 'VERSION_REQUIRED' } });
    const contradictory = await request(t.url(`/referrals/${id}/accept`), { token: worker, body: { version: 2 }, headers: { 'if-match': '"1"' } });
    expect(contradictory).toMatchObject({ status: 400, body: { code: 'VERSION_MISMATCH' } });
    const malformed = await request(t.url(`/referrals/${id}/accept`), { token: worker, body: {}, headers: { 'if-match': 'banana' } });
    expect(malformed).toMatchObject({ status: 400, body: { code: 'IF_MATCH_INVALID' } });

    const now = await request(t.url(`/referrals/${id}`), { token: worker });
    expect(now.body).toMatchObject({ status: 'acknowledged', version: 2 });
    expect(await eventsOf(id, 2)).toHaveLength(2);
  });

  it('an agency cannot see or act on another agency\'s referral: 404, as if it did not exist', async () => {
    const { id, agencyId, data } = await referShelter('mopti');
    const stranger = await caseworker('demo-shelter-kayes');
    expect((await request(t.url(`/referrals/${id}`), { token: stranger })).status).toBe(404);
    const bodies: Record<string, object> = {
      acknowledge: { version: 1 },
      accept: { version: 1 },
      decline: { version: 1, reason: 'other' },
      close: { version: 1, outcome: 'serviceProvided' },
    };
    for (const [action, body] of Object.entries(bodies)) {
      const res = await request(t.url(`/referrals/${id}/${action}`), { token: stranger, body });
      expect({ action, status: res.status, code: res.body.code }).toEqual({ action, status: 404, code: 'REFERRAL_NOT_FOUND' });
    }
    const inbox = await request(t.url(`/referrals?limit=100`), { token: stranger });
    expect(inbox.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await request(t.url(`/victims/${data.victimRef}/referrals`), { token: stranger })).status).toBe(404);

    const own = await request(t.url(`/victims/${data.victimRef}/referrals`), { token: await caseworker(agencyId) });
    expect(own.body.map((r: { id: string }) => r.id)).toEqual([id]);
    const all = await request(t.url(`/referrals?limit=100`), { token: await coordinator() });
    expect(all.body.items.map((r: { id: string }) => r.id)).toContain(id);

    const unchanged = await request(t.url(`/referrals/${id}`), { token: await coordinator() });
    expect(unchanged.body).toMatchObject({ status: 'pending', version: 1 });
  });

  it('only a caseworker of the agency acts on a referral; the coordinator and the agency administrator read it', async () => {
    const { id, agencyId } = await referShelter();
    for (const auth of [await coordinator(), await agencyAdmin(agencyId), await tokenFor({ sub: 'p', roles: ['prosecutor'] })]) {
      expect((await request(t.url(`/referrals/${id}/acknowledge`), { token: auth, body: { version: 1 } })).status).toBe(403);
    }
    expect((await request(t.url(`/referrals/${id}`), { token: await agencyAdmin(agencyId) })).status).toBe(200);
    expect((await request(t.url(`/referrals/${id}`), { token: await tokenFor({ sub: 's', roles: ['statistician'] }) })).status).toBe(403);
    expect((await request(t.url(`/referrals/${id}`))).status).toBe(401);
    // A caseworker token without an agency sees nothing at all.
    expect((await request(t.url(`/referrals/${id}`), { token: await tokenFor({ sub: 'c', roles: ['agency_caseworker'] }) })).status).toBe(404);
  });

  it('accepting with no bed free is refused with 409 NO_BED_AVAILABLE; the bed count never goes below zero', async () => {
    const { id, agencyId } = await referShelter('mopti', 'male');
    const worker = await caseworker(agencyId);
    await request(t.url(`/referrals/${id}/acknowledge`), { token: worker, body: { version: 1 } });
    await patchAgency(t.service, agencyId, { available: 0 });
    try {
      const refused = await request(t.url(`/referrals/${id}/accept`), { token: worker, body: { version: 2 } });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'NO_BED_AVAILABLE', details: { agencyId } });
      expect(await beds(agencyId)).toBe(0);
      expect((await request(t.url(`/referrals/${id}`), { token: worker })).body).toMatchObject({ status: 'acknowledged', version: 2 });
    } finally {
      await patchAgency(t.service, agencyId, { available: 8 });
    }
  });

  it('a decline re-routes at once; when no candidate is left, the coordinator is told', async () => {
    const { id, agencyId, data } = await referShelter('bamako', 'female');
    expect(agencyId).toBe('demo-shelter-bamako-women');
    const declined = await request(t.url(`/referrals/${id}/decline`), {
      token: await caseworker(agencyId),
      body: { version: 1, reason: 'noCapacity', note: 'Mariam K. a refusé la chambre' },
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', version: 2, declineReason: 'noCapacity', declineNote: 'Mariam K. a refusé la chambre', dueBy: null });

    const [, second] = await referralsOf(t.service, data.identificationId);
    expect(second).toMatchObject({ agency_id: 'demo-shelter-bamako-ngo', status: 'pending', rerouted_from: id });

    const last = await request(t.url(`/referrals/${second.id}/decline`), { token: await caseworker('demo-shelter-bamako-ngo'), body: { version: 1, reason: 'notEligible' } });
    expect(last.status).toBe(200);
    expect(await referralsOf(t.service, data.identificationId)).toHaveLength(2);

    const escalations = await escalationsOf(t.service, data.identificationId);
    expect(escalations.map((e) => ({ cause: e.cause, referral: e.referral_id, reroutedTo: e.rerouted_to }))).toEqual([
      { cause: 'declined', referral: id, reroutedTo: second.id },
      { cause: 'declined', referral: second.id, reroutedTo: null },
      { cause: 'noCandidate', referral: null, reroutedTo: null },
    ]);

    const events = await eventually(async () => {
      const all = await readEvents<Record<string, unknown>>(t.kafka, t.service.namespace, Topics.ReferralReferrals);
      const mine = all.filter((e) => e.data.identificationId === data.identificationId);
      expect(mine).toHaveLength(7);
      return mine;
    });
    const declinedEvent = events.find((e) => e.type === 'referral.declined.v1' && e.data.referralId === id);
    expect(declinedEvent?.data).toMatchObject({ reason: 'noCapacity' });
    expect(JSON.stringify(events)).not.toContain('Mariam');
    const rerouted = events.find((e) => e.type === 'referral.created.v1' && e.data.referralId === second.id);
    expect(rerouted?.data).toMatchObject({ reroutedFrom: id, agencyId: 'demo-shelter-bamako-ngo' });
    const noCandidate = events.find((e) => e.type === 'referral.escalated.v1' && e.data.cause === 'noCandidate');
    expect(noCandidate?.data).toMatchObject({ need: 'shelter', region: 'bamako', victimRef: data.victimRef });
    expect(noCandidate?.data.referralId).toBeUndefined();
  });

  it('answers bad input with 400, field by field, in French by default or in English, and changes nothing', async () => {
    const { id, agencyId } = await referShelter();
    const worker = await caseworker(agencyId);
    const bad = await request(t.url(`/referrals/${id}/decline`), {
      token: worker,
      body: { version: 0, reason: 'bored', note: 'x'.repeat(2001), colour: 'blue' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const fields = bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort();
    expect(fields).toEqual(['colour:whitelistValidation', 'note:maxLength', 'reason:isIn', 'version:min']);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'reason').message).toContain('doit être l\'une des valeurs');

    const english = await request(t.url(`/referrals/${id}/close`), { token: worker, body: { version: 1, outcome: 'consentWithdrawn' }, headers: { 'accept-language': 'en' } });
    expect(english.status).toBe(400);
    expect(english.body.errors).toEqual([
      expect.objectContaining({ field: 'outcome', code: 'isIn', message: 'outcome must be one of: serviceProvided, personDeclined, unreachable, transferred.' }),
    ]);

    const badId = await request(t.url('/referrals/not-a-uuid'), { token: worker });
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe('id');

    const badQuery = await request(t.url('/referrals?status=lost&limit=1000&cursor=zz&sort=name'), { token: worker });
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['cursor', 'limit', 'sort', 'status']);

    expect((await request(t.url(`/referrals/${id}`), { token: worker })).body).toMatchObject({ status: 'pending', version: 1 });
  });

  it('lists an inbox with filters and pages, newest first', async () => {
    const agencyId = 'demo-legal-aid-national';
    const worker = await caseworker(agencyId);
    const start = new Date(Date.now() - 1000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const data = identification({ region: 'kidal', sex: 'male', ageGroup: '30-38', isMinor: false }, [need('legalAid', { urgent: i === 0 })]);
      await deliver(t.service, t.kafka, VictimIdentified, data);
      ids.push((await referralsOf(t.service, data.identificationId))[0].id);
    }
    const page1 = await request(t.url(`/referrals?need=legalAid&from=${start}&limit=2`), { token: worker });
    expect(page1.body.items.map((r: { id: string }) => r.id)).toEqual([ids[2], ids[1]]);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    // A referral arriving between two pages does not shift the next one: the cursor names a row, not an offset.
    await deliver(t.service, t.kafka, VictimIdentified, identification({ region: 'kidal', sex: 'male', ageGroup: '30-38', isMinor: false }, [need('legalAid')]));
    const page2 = await request(t.url(`/referrals?need=legalAid&from=${start}&limit=2&cursor=${page1.body.nextCursor}`), { token: worker });
    expect(page2.body).toEqual({ items: [expect.objectContaining({ id: ids[0] })] });
    const urgent = await request(t.url(`/referrals?urgent=true&from=${start}`), { token: worker });
    expect(urgent.body.items.map((r: { id: string }) => r.id)).toEqual([ids[0]]);
    const none = await request(t.url(`/referrals?status=closed&from=${start}`), { token: worker });
    expect(none.body).toEqual({ items: [] });
    const future = await request(t.url(`/referrals?to=${start}&need=legalAid`), { token: worker });
    expect(future.body.items.map((r: { id: string }) => r.id)).not.toContain(ids[0]);
  });

  it('lets the coordinator refer a need no agency could take to an agency of their choosing, idempotently', async () => {
    const data = identification({ region: 'kidal', sex: 'female', ageGroup: '24-26', isMinor: false }, [need('shelter'), need('legalAid', { consented: false })]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    expect((await escalationsOf(t.service, data.identificationId)).map((e) => e.cause)).toEqual(['noCandidate']);
    const auth = await coordinator();
    const body = { id: uuidv7(), identificationId: data.identificationId, need: 'shelter', agencyId: 'demo-shelter-mopti' };

    const created = await request(t.url('/referrals'), { token: auth, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: body.id, agencyId: 'demo-shelter-mopti', status: 'pending', version: 1, region: 'kidal', victimRef: data.victimRef });
    const again = await request(t.url('/referrals'), { token: auth, body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(created.body);
    expect((await request(t.url('/referrals'), { token: auth, body: { ...body, urgent: true } })).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const twice = await request(t.url('/referrals'), { token: auth, body: { ...body, id: uuidv7() } });
    expect(twice).toMatchObject({ status: 409, body: { code: 'ALREADY_REFERRED' } });
    const noConsent = await request(t.url('/referrals'), { token: auth, body: { ...body, id: uuidv7(), need: 'legalAid', agencyId: 'demo-legal-aid-national' } });
    expect(noConsent).toMatchObject({ status: 409, body: { code: 'CONSENT_REQUIRED' } });
    const wrongService = await request(t.url('/referrals'), { token: auth, body: { ...body, id: uuidv7(), agencyId: 'demo-legal-aid-national' } });
    expect(wrongService).toMatchObject({ status: 409, body: { code: 'AGENCY_CANNOT_TAKE' } });
    const unknown = await request(t.url('/referrals'), { token: auth, body: { ...body, id: uuidv7(), identificationId: uuidv7() } });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'IDENTIFICATION_NOT_FOUND' } });
    expect((await request(t.url('/referrals'), { token: await caseworker('demo-shelter-mopti'), body: { ...body, id: uuidv7() } })).status).toBe(403);

    // The chosen agency works it like any other referral.
    const acked = await request(t.url(`/referrals/${body.id}/acknowledge`), { token: await caseworker('demo-shelter-mopti'), body: { version: 1 } });
    expect(acked.status).toBe(200);
    const [event] = (await eventsOf(body.id, 2)).filter((e) => e.type === 'referral.created.v1');
    expect(event.data).toMatchObject({ agencyId: 'demo-shelter-mopti', need: 'shelter', region: 'kidal' });
  });
});
