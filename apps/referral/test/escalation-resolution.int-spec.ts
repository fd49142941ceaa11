import { request } from '@relais/testing';
import { DataSource } from 'typeorm';
import { agencyAdmin, caseworker, coordinator, deliver, erasure, escalationsOf, identification, PersonalDataErased, referralUnderTest, VictimIdentified } from './fixtures';
import { need } from './routing-cases';

jest.setTimeout(120_000);

/** The coordinator resolves an escalation that needs no new referral (real Kafka and Postgres). */
describe('resolving an escalation', () => {
  const t = referralUnderTest();
  let db: DataSource;

  beforeAll(async () => {
    db = t.service.app.get(DataSource);
  });

  /** Kidal has no shelter: the need goes straight to the coordinator. */
  async function kidalShelterEscalation() {
    const data = identification({ region: 'kidal', sex: 'female', ageGroup: '24-26', isMinor: false }, [need('shelter')]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    const [escalation] = await escalationsOf(t.service, data.identificationId);
    return { data, id: escalation.id };
  }

  it('resolves with a reason and a note, audited, answers a replay unchanged, and refuses a stale or second resolution', async () => {
    const { data, id } = await kidalShelterEscalation();
    const auth = await coordinator();
    const body = { resolution: 'assistedOutsideRelais', note: 'Hébergée par une ONG hors Relais', version: 1 };

    const resolved = await request(t.url(`/escalations/${id}/resolve`), { token: auth, body });
    expect(resolved.status).toBe(200);
    expect(resolved.headers.get('etag')).toBe('"2"');
    expect(resolved.body).toMatchObject({ id, version: 2, victimRef: data.victimRef, resolution: { code: 'assistedOutsideRelais', note: body.note, resolvedBy: 'coordinator-1' } });

    const replay = await request(t.url(`/escalations/${id}/resolve`), { token: auth, body });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(resolved.body);

    const stale = await request(t.url(`/escalations/${id}/resolve`), { token: auth, body: { ...body, resolution: 'duplicate' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_STALE');
    const second = await request(t.url(`/escalations/${id}/resolve`), { token: auth, body: { resolution: 'duplicate', version: 2 } });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('ESCALATION_RESOLVED');

    const listed = await request(t.url('/escalations?region=kidal&limit=100'), { token: auth });
    expect(listed.body.items.find((e: { id: string }) => e.id === id)).toEqual(resolved.body);

    const audited: { actor: string; details: Record<string, unknown> }[] = await db.query(`SELECT actor, details FROM audit_log WHERE action = 'escalation.resolve' AND resource_id = $1`, [id]);
    expect(audited).toEqual([{ actor: 'coordinator-1', details: { victimRef: data.victimRef, resolution: 'assistedOutsideRelais', version: 2 } }]);
  });

  it('takes the version from If-Match too, and answers 428 without one', async () => {
    const { id } = await kidalShelterEscalation();
    const auth = await coordinator();
    expect((await request(t.url(`/escalations/${id}/resolve`), { token: auth, body: { resolution: 'duplicate' } })).status).toBe(428);
    const res = await request(t.url(`/escalations/${id}/resolve`), { token: auth, body: { resolution: 'duplicate' }, headers: { 'If-Match': '"1"' } });
    expect(res.status).toBe(200);
    expect(res.body.resolution).toMatchObject({ code: 'duplicate', note: null });
  });

  it('answers a client’s mistakes field by field, changing nothing', async () => {
    const { id } = await kidalShelterEscalation();
    const auth = await coordinator();
    const bad = await request(t.url(`/escalations/${id}/resolve`), { token: auth, body: { resolution: 'solved', note: 'x'.repeat(501), version: 0 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['note', 'resolution', 'version']);
    expect((await request(t.url('/escalations/not-a-uuid/resolve'), { token: auth, body: { resolution: 'duplicate', version: 1 } })).status).toBe(400);
    expect((await request(t.url('/escalations/0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f/resolve'), { token: auth, body: { resolution: 'duplicate', version: 1 } })).status).toBe(404);
    const [row] = await db.query(`SELECT version, resolution FROM escalations WHERE id = $1`, [id]);
    expect(row).toEqual({ version: 1, resolution: null });
  });

  it('is the coordinator’s alone', async () => {
    const { id } = await kidalShelterEscalation();
    for (const token of [await caseworker('demo-shelter-mopti'), await agencyAdmin('demo-shelter-mopti')]) {
      expect((await request(t.url(`/escalations/${id}/resolve`), { token, body: { resolution: 'duplicate', version: 1 } })).status).toBe(403);
    }
  });

  it('wipes the coordinator’s note when the person’s data is erased', async () => {
    const { data, id } = await kidalShelterEscalation();
    const note = 'Retournée chez sa tante à Kidal';
    expect((await request(t.url(`/escalations/${id}/resolve`), { token: await coordinator(), body: { resolution: 'needNoLongerPresent', note, version: 1 } })).status).toBe(200);
    await deliver(t.service, t.kafka, PersonalDataErased, erasure(data));
    const [row] = await db.query(`SELECT resolution, resolution_note FROM escalations WHERE id = $1`, [id]);
    expect(row).toEqual({ resolution: 'needNoLongerPresent', resolution_note: null });
  });
});
