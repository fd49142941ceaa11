import { uuidv7, validateEvent, VictimIdentified, VictimIdentifiedV1 } from '@relais/contracts';
import { adultBody, childBody, uniquePerson } from './support/bodies';
import { Harness } from './support/harness';

// Real services on a shared machine: give them time, beyond Jest's 5 s default.
jest.setTimeout(120_000);

describe('recording identifications (real Postgres and Kafka)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h?.close());

  it('records an identification, publishes a valid CloudEvent with only coarse attributes, and audits it', async () => {
    const body = adultBody();
    const created = await h.call('officerMopti', 'POST', '/api/v1/identifications', body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: body.id, victimRef: expect.stringMatching(/^V-[0-9A-Z]{10}$/), status: 'recorded' });

    await h.published();
    const [event] = (await h.events<VictimIdentifiedV1>(VictimIdentified.type)).filter((e) => e.data.identificationId === body.id);
    expect(validateEvent(event, 'produce').kind).toBe('valid');
    expect(event).toMatchObject({ specversion: '1.0', source: '/relais/intake', subject: body.id });
    expect(event.data).toEqual({
      identificationId: body.id,
      victimRef: created.body.victimRef,
      identifiedAt: new Date(body.identifiedAt as string).toISOString(),
      region: 'mopti',
      cercle: 'Mopti',
      institution: 'police',
      unitId: 'cp-mopti-1',
      sex: 'female',
      ageGroup: expect.stringMatching(/^(24-26|27-29)$/),
      isMinor: false,
      nationalities: ['ML', 'BF'],
      languages: ['bm', 'fr'],
      forms: ['SexualExploitation'],
      methodsOfControl: ['DebtBondage', 'WithholdsDocuments'],
      needs: [
        { need: 'shelter', urgent: true, referralConsented: true },
        { need: 'medical', urgent: false, referralConsented: true },
      ],
      consent: { referral: true, dataSharing: false, givenBy: 'victim' },
      assessment: 'PossibleVictimOfTrafficking',
      suspectsCount: 1,
    });
    const [audit] = await h.sql(`SELECT actor, action, outcome FROM audit_log WHERE resource_id = $1`, [body.id]);
    expect(audit).toEqual({ actor: 'officer-mopti-1', action: 'identification.create', outcome: 'success' });
  });

  it('answers a retry with the first answer (200), and a different body under the same id with 409, recording once', async () => {
    const body = adultBody({ person: uniquePerson() });
    const first = await h.call('officerMopti', 'POST', '/api/v1/identifications', body);
    const again = await h.call('officerMopti2', 'POST', '/api/v1/identifications', { ...body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const changed = await h.call('officerMopti', 'POST', '/api/v1/identifications', { ...body, assessment: 'ActualVictimOfTrafficking' });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const fromAnotherUnit = await h.call('officerSegou', 'POST', '/api/v1/identifications', body);
    expect(fromAnotherUnit.status).toBe(409);
    expect(await h.sql('SELECT id FROM identifications WHERE id = $1', [body.id])).toHaveLength(1);
    await h.published();
    expect((await h.events<VictimIdentifiedV1>(VictimIdentified.type)).filter((e) => e.data.identificationId === body.id)).toHaveLength(1);
  });

  it('takes the id from the Idempotency-Key header, and refuses a header that disagrees with the body', async () => {
    const { id, ...withoutId } = adultBody({ person: uniquePerson() });
    const byHeader = await h.call('officerMopti', 'POST', '/api/v1/identifications', withoutId, { 'Idempotency-Key': id as string });
    expect(byHeader.status).toBe(201);
    expect(byHeader.body.id).toBe(id);
    const replay = await h.call('officerMopti', 'POST', '/api/v1/identifications', { ...withoutId, id }, { 'Idempotency-Key': id as string });
    expect(replay.status).toBe(200);
    const mismatch = await h.call('officerMopti', 'POST', '/api/v1/identifications', adultBody(), { 'Idempotency-Key': uuidv7() });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors).toEqual([expect.objectContaining({ field: 'id', code: 'idempotencyKeyMismatch' })]);
    const none = await h.call('officerMopti', 'POST', '/api/v1/identifications', withoutId);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'id', code: 'idRequired' })]);
  });

  it('takes unit and institution from the token only: a token without a unit cannot submit, a body naming one is refused', async () => {
    const noUnit = await h.call('officerWithoutUnit', 'POST', '/api/v1/identifications', adultBody());
    expect(noUnit.status).toBe(403);
    expect(noUnit.body.code).toBe('REPORTING_UNIT_REQUIRED');
    const smuggled = await h.call('officerMopti', 'POST', '/api/v1/identifications', adultBody({ unitId: 'elsewhere', institution: 'other' }));
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['institution', 'unitId']);
    expect((await h.call('coordinator', 'POST', '/api/v1/identifications', adultBody())).status).toBe(403);
    expect((await h.call(undefined, 'POST', '/api/v1/identifications', adultBody())).status).toBe(401);
  });

  it('treats a child as a child: child protection added, consent by a guardian only', async () => {
    const body = childBody({ person: uniquePerson({ estimatedAge: 12, sex: 'male' }) });
    const created = await h.call('officerMopti', 'POST', '/api/v1/identifications', body);
    expect(created.status).toBe(201);
    await h.published();
    const [event] = (await h.events<VictimIdentifiedV1>(VictimIdentified.type)).filter((e) => e.data.identificationId === body.id);
    expect(event.data).toMatchObject({ isMinor: true, ageGroup: '9-17' });
    expect(event.data.needs).toEqual([
      { need: 'basicNeeds', urgent: false, referralConsented: true },
      { need: 'childProtection', urgent: false, referralConsented: true },
    ]);

    const alone = await h.call('officerMopti', 'POST', '/api/v1/identifications', childBody({ consent: { referral: true, dataSharing: true, givenBy: 'victim', recordedAt: new Date().toISOString() } }));
    expect(alone.status).toBe(400);
    expect(alone.body.errors).toEqual([expect.objectContaining({ field: 'consent.givenBy', code: 'minorConsentGiver' })]);

    const presumed = childBody({ person: uniquePerson({ estimatedAge: undefined, presumedMinor: true }), consent: { referral: false, dataSharing: false, givenBy: 'notApplicable', recordedAt: new Date().toISOString() } });
    expect((await h.call('officerMopti', 'POST', '/api/v1/identifications', presumed)).status).toBe(201);
    expect((await h.call('officerMopti', 'GET', `/api/v1/identifications/${presumed.id}`)).body.person).toMatchObject({ presumedMinor: true, isMinor: true, ageGroup: 'unknown' });
    await h.published();
    const [presumedEvent] = (await h.events<VictimIdentifiedV1>(VictimIdentified.type)).filter((e) => e.data.identificationId === presumed.id);
    expect(presumedEvent.data).toMatchObject({ isMinor: true, ageGroup: 'unknown', needs: [{ need: 'basicNeeds', referralConsented: false }, { need: 'childProtection', referralConsented: false }] });

    const unknownAge = adultBody({ person: uniquePerson({ estimatedAge: undefined }) });
    expect((await h.call('officerMopti', 'POST', '/api/v1/identifications', unknownAge)).status).toBe(201);
    await h.published();
    const [unknownEvent] = (await h.events<VictimIdentifiedV1>(VictimIdentified.type)).filter((e) => e.data.identificationId === unknownAge.id);
    expect(unknownEvent.data).toMatchObject({ isMinor: false, ageGroup: 'unknown' });
  });

  it('flags the same person identified again elsewhere as a possible duplicate, with a new victimRef, never merged', async () => {
    const person = uniquePerson({ givenNames: `Fatoumata ${uuidv7().slice(-6)}`, familyName: 'Koné', dateOfBirth: '2001-05-04', estimatedAge: undefined });
    const first = await h.call('officerMopti', 'POST', '/api/v1/identifications', adultBody({ person }));
    const variant = { ...person, givenNames: (person.familyName as string).toUpperCase(), familyName: (person.givenNames as string).toLowerCase().replace('fatoumata', 'FATOUMATA'), dateOfBirth: undefined, estimatedAge: 25 };
    const second = await h.call('officerSegou', 'POST', '/api/v1/identifications', adultBody({ person: variant, place: { region: 'segou' } }));
    expect(second.status).toBe(201);
    expect(second.body.possibleDuplicateOf).toBe(first.body.id);
    expect(second.body.victimRef).not.toBe(first.body.victimRef);
    const otherSex = await h.call('officerSegou', 'POST', '/api/v1/identifications', adultBody({ person: { ...person, sex: 'male' } }));
    expect(otherSex.body.possibleDuplicateOf).toBeUndefined();
    await h.published();
    const [event] = (await h.events<VictimIdentifiedV1>(VictimIdentified.type)).filter((e) => e.data.identificationId === second.body.id);
    expect(event.data.possibleDuplicateOf).toBe(first.body.id);
    expect(await h.sql('SELECT id FROM identifications WHERE id = ANY($1::uuid[])', [[first.body.id, second.body.id]])).toHaveLength(2);
  });

  it('records a batch from an offline station item by item, on the literal route identifications:batch', async () => {
    const good = adultBody({ person: uniquePerson() });
    const bad = adultBody({ person: { ...uniquePerson(), sex: 'x' } });
    const noId = { ...adultBody({ person: uniquePerson() }), id: undefined };
    const replay = good;
    const conflict = { ...good, assessment: 'ActualVictimOfTrafficking' };
    const child = childBody({ person: uniquePerson({ estimatedAge: 9 }), consent: { referral: true, dataSharing: false, givenBy: 'victim', recordedAt: new Date().toISOString() } });
    const response = await h.call('officerMopti', 'POST', '/api/v1/identifications:batch', { items: [good, bad, noId, replay, conflict, child] }, { 'Accept-Language': 'en' });
    expect(response.status).toBe(200);
    expect(response.body.results.map((r: { status: number }) => r.status)).toEqual([201, 400, 400, 200, 409, 400]);
    expect(response.body.results[0]).toEqual({ index: 0, status: 201, id: good.id, victimRef: expect.any(String) });
    expect(response.body.results[1].errors).toEqual([{ field: 'person.sex', code: 'isIn', message: expect.stringContaining('must be one of') }]);
    expect(response.body.results[5].errors).toEqual([expect.objectContaining({ field: 'consent.givenBy', code: 'minorConsentGiver' })]);
    expect(response.body.summary).toEqual({ recorded: 1, replayed: 1, failed: 4 });
    expect(await h.sql('SELECT id FROM identifications WHERE id = $1', [good.id])).toHaveLength(1);

    expect((await h.call('officerMopti', 'POST', '/api/v1/identifications:batch', { items: [] })).status).toBe(400);
    const tooMany = await h.call('officerMopti', 'POST', '/api/v1/identifications:batch', { items: Array.from({ length: 101 }, () => ({})) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0]).toMatchObject({ field: 'items', code: 'arrayMaxSize' });
    expect((await h.call('officerMopti', 'POST', '/api/v1/identificationsXbatch', { items: [good] })).status).toBe(404);
    expect((await h.call('coordinator', 'POST', '/api/v1/identifications:batch', { items: [good] })).status).toBe(403);
  });

  it('handles a full batch of 100 within a reasonable time', async () => {
    const items = Array.from({ length: 100 }, () => adultBody({ person: uniquePerson() }));
    const started = Date.now();
    const response = await h.call('officerSegou', 'POST', '/api/v1/identifications:batch', { items });
    const ms = Date.now() - started;
    expect(response.status).toBe(200);
    expect(response.body.summary).toEqual({ recorded: 100, replayed: 0, failed: 0 });
    console.log(`batch of 100 identifications: ${ms} ms (${(ms / 100).toFixed(1)} ms per item)`);
    expect(ms).toBeLessThan(60_000);
  });
});
