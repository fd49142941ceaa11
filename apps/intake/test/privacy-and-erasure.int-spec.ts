import { PersonalDataErased, PersonalDataErasedV1, uuidv7 } from '@relais/contracts';
import { readTopic } from '@relais/testing';
import { PersonalDataErasedError, PersonalDataVault } from '@relais/vault';
import { DataSource } from 'typeorm';
import { adultBody, SECRETS } from './support/bodies';
import { Harness } from './support/harness';

// Real services on a shared machine: give them time, beyond Jest's 5 s default.
jest.setTimeout(120_000);

/** Every secret, and distinctive pieces of each, as they could leak (case ignored). */
const NEEDLES = [
  ...Object.values(SECRETS),
  'Kadiatou', 'Sidibé', 'Mina la Petite', '1999-07-01', '76543210', 'Lafiabougou', '7788990011', 'Malentendante', 'Kanté', 'Le Boss', 'intermédiaire',
].map((s) => s.toLowerCase());

function leaks(value: unknown): string[] {
  if (Buffer.isBuffer(value)) {
    const text = value.toString('utf8').toLowerCase();
    return NEEDLES.filter((n) => text.includes(n));
  }
  const text = (JSON.stringify(value) ?? '').toLowerCase();
  return NEEDLES.filter((n) => text.includes(n));
}

describe('personal data stays in the vault, and erasure shreds it (real Postgres and Kafka)', () => {
  let h: Harness;
  let created: { id: string; victimRef: string };
  const body = adultBody({ identifiedAt: new Date(Date.now() - 86_400_000).toISOString() });

  beforeAll(async () => {
    h = await Harness.start();
    // Exercise every path that writes: single and batch submission, a replay, a read, a correction, a consent change.
    created = (await h.call('officerMopti', 'POST', '/api/v1/identifications', body)).body;
    await h.call('officerMopti', 'POST', '/api/v1/identifications', body);
    await h.call('officerMopti', 'POST', '/api/v1/identifications:batch', { items: [adultBody({ person: { ...(body.person as object), sex: 'unknown' } }), { ...adultBody(), narrative: 7 }] });
    expect((await h.call('officerMopti', 'GET', `/api/v1/identifications/${created.id}`)).status).toBe(200);
    await h.call('officerMopti', 'PATCH', `/api/v1/identifications/${created.id}`, { version: 1, needs: [{ need: 'legalAid' }] });
    await h.call('officerMopti', 'POST', `/api/v1/victims/${created.victimRef}/consent`, { id: uuidv7(), purpose: 'dataSharing', givenBy: 'victim', withdrawn: false, recordedAt: new Date().toISOString() });
    await h.published();
  });
  afterAll(() => h?.close());

  it('leaves no personal detail in clear in any table of the schema', async () => {
    const tables = await h.sql<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'intake' AND table_type = 'BASE TABLE'`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['identifications', 'consent_records', 'outbox', 'audit_log', 'idempotency_keys', 'data_keys', 'duplicate_keys']));
    for (const { table_name } of tables) {
      const rows = await h.sql(`SELECT * FROM "${table_name}"`);
      for (const row of rows) for (const [column, value] of Object.entries(row)) expect([table_name, column, leaks(value)]).toEqual([table_name, column, []]);
    }
    const [row] = await h.sql<{ personal_data: Buffer }>('SELECT personal_data FROM identifications WHERE id = $1', [created.id]);
    expect(row.personal_data.length).toBeGreaterThan(200);
  });

  it('leaves no personal detail in any message on Kafka, keys and headers included', async () => {
    const messages = await readTopic(h.kafka, `${h.service.namespace}intake.identifications`);
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const message of messages) {
      expect(leaks(message.value)).toEqual([]);
      expect(leaks(message.key)).toEqual([]);
      for (const header of Object.values(message.headers ?? {})) expect(leaks(header)).toEqual([]);
    }
  });

  it('erases by crypto-shredding: only the data protection officer, once, details unreadable, the record kept', async () => {
    expect((await h.call('coordinator', 'DELETE', `/api/v1/victims/${created.victimRef}/personal-data`)).status).toBe(403);
    expect((await h.call('dpo', 'DELETE', '/api/v1/victims/V-0000000000/personal-data')).status).toBe(404);
    expect((await h.call('dpo', 'DELETE', '/api/v1/victims/not-a-ref/personal-data')).body.errors[0]).toMatchObject({ field: 'victimRef', code: 'isVictimRef' });

    const erased = await h.call('dpo', 'DELETE', `/api/v1/victims/${created.victimRef}/personal-data`);
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ victimRef: created.victimRef, identificationIds: [created.id], erasedAt: expect.any(String), alreadyErased: false });
    const again = await h.call('dpo', 'DELETE', `/api/v1/victims/${created.victimRef}/personal-data`);
    expect(again.body).toMatchObject({ alreadyErased: true, erasedAt: erased.body.erasedAt });

    const [key] = await h.sql<{ wrapped: Buffer | null }>('SELECT wrapped FROM data_keys WHERE subject_id = $1', [created.victimRef]);
    expect(key.wrapped).toBeNull();
    const [row] = await h.sql<{ personal_data: Buffer }>('SELECT personal_data FROM identifications WHERE id = $1', [created.id]);
    const vault = h.service.app.get(PersonalDataVault);
    await expect(vault.open(h.service.app.get(DataSource).manager, created.victimRef, row.personal_data)).rejects.toBeInstanceOf(PersonalDataErasedError);
    expect(await h.sql('SELECT * FROM duplicate_keys WHERE identification_id = $1', [created.id])).toEqual([]);

    const detail = await h.call('officerMopti', 'GET', `/api/v1/identifications/${created.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ status: 'personalDataErased', erasedAt: erased.body.erasedAt, person: { erased: true, sex: 'female', nationalities: ['ML', 'BF'] }, assessment: 'PossibleVictimOfTrafficking' });
    expect(detail.body.person.givenNames).toBeUndefined();
    // The place narrows to the region and cercle: commune, locality and GPS point are gone from the row too.
    expect(detail.body.place).toEqual({ region: 'mopti', cercle: 'Mopti' });
    const [place] = await h.sql<{ place_detail: unknown }>('SELECT place_detail FROM identifications WHERE id = $1', [created.id]);
    expect(place.place_detail).toEqual({});
    expect(detail.body.narrative).toBeUndefined();
    expect(detail.body.suspects).toEqual([{ role: 'RecruiterOrIntermediary', sex: 'male', nationality: 'ML', relationshipToVictim: 'Acquainted' }]);
    expect(leaks(detail.body)).toEqual([]);

    const consent = await h.call('officerMopti', 'POST', `/api/v1/victims/${created.victimRef}/consent`, { id: uuidv7(), purpose: 'referral', givenBy: 'victim', withdrawn: true, recordedAt: new Date().toISOString() });
    expect([consent.status, consent.body.code]).toEqual([409, 'PERSONAL_DATA_ERASED']);
    const identifiedAgain = await h.call('officerMopti', 'POST', '/api/v1/identifications', adultBody({ person: body.person }));
    expect(identifiedAgain.body.possibleDuplicateOf).not.toBe(created.id);

    await h.published();
    const events = (await h.events<PersonalDataErasedV1>(PersonalDataErased.type)).filter((e) => e.data.victimRef === created.victimRef);
    expect(events.map((e) => e.data)).toEqual([{ victimRef: created.victimRef, identificationIds: [created.id], erasedAt: erased.body.erasedAt }]);
    const trail = await h.sql(`SELECT actor, outcome, details FROM audit_log WHERE action = 'personal-data.erase' ORDER BY id`);
    expect(trail).toEqual([
      { actor: 'dpo-1', outcome: 'success', details: { identificationIds: [created.id], alreadyErased: false } },
      { actor: 'dpo-1', outcome: 'success', details: { identificationIds: [created.id], alreadyErased: true } },
    ]);
  });
});
