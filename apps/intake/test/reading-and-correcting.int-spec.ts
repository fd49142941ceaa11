import { ConsentChanged, ConsentChangedV1, IdentificationCorrected, IdentificationCorrectedV1, uuidv7 } from '@relais/contracts';
import { adultBody, childBody, Person, SECRETS, uniquePerson } from './support/bodies';
import { Harness } from './support/harness';

// Real services on a shared machine: give them time, beyond Jest's 5 s default.
jest.setTimeout(120_000);

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

describe('listing, reading, correcting and consent (real Postgres and Kafka)', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  const refs: Record<string, string> = {};

  async function record(name: string, person: Person, body: Record<string, unknown>): Promise<void> {
    const response = await h.call(person, 'POST', '/api/v1/identifications', body);
    expect(response.status).toBe(201);
    ids[name] = response.body.id;
    refs[name] = response.body.victimRef;
  }

  beforeAll(async () => {
    h = await Harness.start();
    await record('moptiOld', 'officerMopti', adultBody({ identifiedAt: daysAgo(30), person: uniquePerson() }));
    await record('mopti', 'officerMopti', adultBody({ identifiedAt: daysAgo(3) }));
    await record('moptiOtherUnit', 'supervisorMopti', adultBody({ identifiedAt: daysAgo(2), person: uniquePerson() }));
    await record('segou', 'officerSegou', adultBody({ identifiedAt: daysAgo(1), place: { region: 'segou' }, person: uniquePerson() }));
    await record('child', 'officerMopti', childBody({ identifiedAt: daysAgo(1), person: uniquePerson({ estimatedAge: 10 }) }));
  });
  afterAll(() => h?.close());

  const listIds = async (person: Person, query = ''): Promise<string[]> => {
    const response = await h.call(person, 'GET', `/api/v1/identifications${query}`);
    expect(response.status).toBe(200);
    return response.body.items.map((i: { id: string }) => i.id);
  };

  it('lists without personal data, scoped: officer to the unit, supervisor to the region, coordinator to all', async () => {
    expect(await listIds('officerMopti')).toEqual([ids.child, ids.mopti, ids.moptiOld]);
    expect(await listIds('supervisorMopti')).toEqual([ids.child, ids.moptiOtherUnit, ids.mopti, ids.moptiOld]);
    expect(await listIds('coordinator')).toEqual([ids.child, ids.segou, ids.moptiOtherUnit, ids.mopti, ids.moptiOld]);
    expect(await listIds('officerSegou', '?region=mopti')).toEqual([]);
    expect((await h.call('shelter', 'GET', '/api/v1/identifications')).status).toBe(403);

    const page = await h.call('coordinator', 'GET', '/api/v1/identifications');
    const text = JSON.stringify(page.body);
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(page.body.items.find((i: { id: string }) => i.id === ids.mopti)).toMatchObject({
      victimRef: refs.mopti, region: 'mopti', unitId: 'cp-mopti-1', institution: 'police', sex: 'female', version: 1, suspectsCount: 1,
    });
  });

  it('filters by date range and region and pages with a cursor', async () => {
    expect(await listIds('coordinator', `?from=${daysAgo(5).slice(0, 10)}&region=mopti`)).toEqual([ids.child, ids.moptiOtherUnit, ids.mopti]);
    expect(await listIds('coordinator', `?to=${encodeURIComponent(daysAgo(10))}`)).toEqual([ids.moptiOld]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const response = await h.call('coordinator', 'GET', `/api/v1/identifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...response.body.items.map((i: { id: string }) => i.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(await listIds('coordinator'));
    const bad = await h.call('coordinator', 'GET', '/api/v1/identifications?limit=0&cursor=zz&region=atlantis&sort=name');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['cursor', 'limit', 'region', 'sort']);
  });

  it('shows the details to the reporting unit, its region’s supervisor and the coordinator, audited; 404 to anyone else', async () => {
    const own = await h.call('officerMopti2', 'GET', `/api/v1/identifications/${ids.mopti}`);
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('no-store');
    expect(own.body).toMatchObject({
      id: ids.mopti,
      accessBasis: 'reportingUnit',
      person: { erased: false, givenNames: SECRETS.givenNames, familyName: SECRETS.familyName, dateOfBirth: '1999-07-01', phone: SECRETS.phone, identityDocuments: [{ number: SECRETS.documentNumber }] },
      suspects: [{ role: 'RecruiterOrIntermediary', name: SECRETS.suspectName }],
      narrative: SECRETS.narrative,
      reportedBy: { institution: 'police', unitId: 'cp-mopti-1', officerId: 'officer-mopti-1' },
      consentRecords: [expect.objectContaining({ purpose: 'referral', given: true }), expect.objectContaining({ purpose: 'dataSharing', given: false })],
    });
    expect((await h.call('supervisorMopti', 'GET', `/api/v1/identifications/${ids.mopti}`)).body.accessBasis).toBe('supervisorRegion');
    expect((await h.call('coordinator', 'GET', `/api/v1/identifications/${ids.mopti}`)).body.accessBasis).toBe('coordinator');

    for (const outsider of ['officerSegou', 'shelter', 'prosecutorMopti', 'statistician', 'dpo'] as const) {
      const denied = await h.call(outsider, 'GET', `/api/v1/identifications/${ids.mopti}`);
      expect([outsider, denied.status, denied.body.code]).toEqual([outsider, 404, 'IDENTIFICATION_NOT_FOUND']);
    }
    const missing = await h.call('officerSegou', 'GET', `/api/v1/identifications/${uuidv7()}`);
    expect(missing.status).toBe(404);
    expect((await h.call('officerSegou', 'GET', '/api/v1/identifications/not-a-uuid')).status).toBe(400);

    const trail = await h.sql<{ actor: string; outcome: string; details: { reason?: string; basis?: string } }>(
      `SELECT actor, outcome, details FROM audit_log WHERE action = 'person.read' AND resource_id = $1 ORDER BY id`, [ids.mopti],
    );
    expect(trail.map((t) => [t.actor, t.outcome, t.details.basis ?? t.details.reason])).toEqual([
      ['officer-mopti-2', 'success', 'reportingUnit'],
      ['supervisor-mopti', 'success', 'supervisorRegion'],
      ['coordinator-1', 'success', 'coordinator'],
      ['officer-segou-1', 'denied', 'notEntitled'],
      ['caseworker-shelter', 'denied', 'notEntitled'],
      ['prosecutor-mopti', 'denied', 'notEntitled'],
      ['statistician-1', 'denied', 'notEntitled'],
      ['dpo-1', 'denied', 'notEntitled'],
    ]);
  });

  it('corrects non-identifying fields with optimistic concurrency and emits the full corrected state', async () => {
    const patch = { version: 1, needs: [{ need: 'legalAid' }], forms: ['ForcedBegging', 'ChildLabour'], place: { region: 'mopti', cercle: 'Djenné' } };
    const corrected = await h.call('officerMopti', 'PATCH', `/api/v1/identifications/${ids.child}`, patch);
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ version: 2, cercle: 'Djenné', forms: ['ForcedBegging', 'ChildLabour'], needs: [{ need: 'legalAid', urgent: false }, { need: 'childProtection', urgent: false }] });

    const retried = await h.call('officerMopti', 'PATCH', `/api/v1/identifications/${ids.child}`, patch);
    expect(retried.status).toBe(200);
    expect(retried.body.version).toBe(2);
    const stale = await h.call('officerMopti', 'PATCH', `/api/v1/identifications/${ids.child}`, { version: 1, assessment: 'ActualVictimOfTrafficking' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
    expect((await h.call('officerMopti', 'PATCH', `/api/v1/identifications/${ids.child}`, { version: 2 })).body.errors).toEqual([
      expect.objectContaining({ field: 'body', code: 'atLeastOneCorrection' }),
    ]);
    const identifying = await h.call('officerMopti', 'PATCH', `/api/v1/identifications/${ids.child}`, { version: 2, person: { givenNames: 'X' } });
    expect(identifying.status).toBe(400);
    expect((await h.call('officerSegou', 'PATCH', `/api/v1/identifications/${ids.child}`, { version: 2, assessment: 'ActualVictimOfTrafficking' })).status).toBe(404);
    expect((await h.call('shelter', 'PATCH', `/api/v1/identifications/${ids.child}`, { version: 2, assessment: 'ActualVictimOfTrafficking' })).status).toBe(403);

    const racing = await Promise.all(
      (['ActualVictimOfTrafficking', 'PossibleVictimOfTrafficking'] as const).map((assessment, i) =>
        h.call('officerMopti', 'PATCH', `/api/v1/identifications/${ids.moptiOld}`, { version: 1, assessment, needs: [{ need: i ? 'medical' : 'shelter' }] }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);

    await h.published();
    const events = (await h.events<IdentificationCorrectedV1>(IdentificationCorrected.type)).filter((e) => e.data.identificationId === ids.child);
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({
      victimRef: refs.child, changedFields: ['cercle', 'forms', 'needs'], region: 'mopti', cercle: 'Djenné', forms: ['ForcedBegging', 'ChildLabour'],
      needs: [{ need: 'legalAid', urgent: false, referralConsented: true }, { need: 'childProtection', urgent: false, referralConsented: true }],
      assessment: 'PossibleVictimOfTrafficking',
    });
  });

  it('records consent changes as records, emits the consent in force, and refuses a child consenting alone', async () => {
    const act = { id: uuidv7(), purpose: 'referral', givenBy: 'victim', withdrawn: true, recordedAt: new Date().toISOString() };
    const withdrawn = await h.call('officerMopti', 'POST', `/api/v1/victims/${refs.mopti}/consent`, act);
    expect(withdrawn.status).toBe(201);
    expect(withdrawn.body).toMatchObject({ id: act.id, identificationId: ids.mopti, consent: { referral: false, dataSharing: false, givenBy: 'victim', withdrawn: true } });
    expect((await h.call('officerMopti', 'POST', `/api/v1/victims/${refs.mopti}/consent`, act)).status).toBe(200);
    // Replaying someone else's act id is no way around the access check: the stored answer holds the consent state.
    expect((await h.call('officerSegou', 'POST', `/api/v1/victims/${refs.mopti}/consent`, act)).status).toBe(404);
    expect((await h.call('officerMopti', 'POST', `/api/v1/victims/${refs.mopti}/consent`, { ...act, withdrawn: false })).status).toBe(409);

    const regiven = { purpose: 'referral', givenBy: 'victim', withdrawn: false, recordedAt: new Date().toISOString() };
    const again = await h.call('coordinator', 'POST', `/api/v1/victims/${refs.mopti}/consent`, regiven, { 'Idempotency-Key': uuidv7() });
    expect(again.body.consent).toEqual({ referral: true, dataSharing: false, givenBy: 'victim', withdrawn: false });

    const child = await h.call('officerMopti', 'POST', `/api/v1/victims/${refs.child}/consent`, { ...regiven, id: uuidv7(), givenBy: 'victim' });
    expect(child.status).toBe(400);
    expect(child.body.errors).toEqual([expect.objectContaining({ field: 'givenBy', code: 'minorConsentGiver' })]);
    expect((await h.call('officerSegou', 'POST', `/api/v1/victims/${refs.mopti}/consent`, { ...regiven, id: uuidv7() })).status).toBe(404);
    expect((await h.call('prosecutorMopti', 'POST', `/api/v1/victims/${refs.mopti}/consent`, { ...regiven, id: uuidv7() })).status).toBe(403);

    await h.published();
    const events = (await h.events<ConsentChangedV1>(ConsentChanged.type)).filter((e) => e.data.victimRef === refs.mopti);
    expect(events.map((e) => e.data.consent)).toEqual([
      { referral: false, dataSharing: false, givenBy: 'victim', withdrawn: true },
      { referral: true, dataSharing: false, givenBy: 'victim', withdrawn: false },
    ]);
    const detail = await h.call('officerMopti', 'GET', `/api/v1/identifications/${ids.mopti}`);
    expect(detail.body.consentRecords).toHaveLength(4);
    expect(detail.body.consent).toEqual({ referral: true, dataSharing: false, givenBy: 'victim', withdrawn: false });
  });
});
