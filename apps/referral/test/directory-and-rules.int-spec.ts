import { REGIONS } from '@relais/contracts';
import { request, startTestService, tokenFor } from '@relais/testing';
import { DataSource } from 'typeorm';
import rulesFile from '../data/routing-rules.json';
import { REFERRAL_SERVICE } from '../src/referral.service-definition';
import { agencyAdmin, caseworker, coordinator, deliver, identification, referralsOf, referralUnderTest, VictimIdentified } from './fixtures';
import { need } from './routing-cases';

jest.setTimeout(120_000);

const kidalShelter = {
  id: 'abri-kidal',
  name: 'Abri de Kidal',
  type: 'Shelter',
  services: ['shelter'],
  regions: ['kidal'],
  accepts: { minors: true, adults: true, sexes: ['female', 'male', 'unknown'] },
  languages: ['fr', 'tmh'],
  capacity: { beds: 4, available: 4 },
};

describe('agency directory and routing rules (real Kafka and Postgres)', () => {
  const t = referralUnderTest();

  it('loads the demo directory: a child-protection service in every region, shelters with beds, all marked demo', async () => {
    const all = await request(t.url('/agencies'), { token: await tokenFor({ sub: 'stat', roles: ['statistician'] }) });
    expect(all.status).toBe(200);
    expect(all.body).toHaveLength(33);
    expect(all.body.every((a: { demo: boolean; name: string }) => a.demo && a.name.includes('(démo)'))).toBe(true);
    const cp = await request(t.url('/agencies?type=ChildProtection'), { token: await coordinator() });
    expect(cp.body.flatMap((a: { regions: string[] }) => a.regions).sort()).toEqual([...REGIONS].sort());
    const shelters = await request(t.url('/agencies?need=shelter&type=Shelter'), { token: await coordinator() });
    expect(shelters.body.map((a: { regions: string[] }) => a.regions[0]).sort()).toEqual(['bamako', 'kayes', 'mopti', 'sikasso']);
    expect(shelters.body.every((a: { capacity: { beds: number } }) => a.capacity.beds > 0)).toBe(true);
    const inKidal = await request(t.url('/agencies?region=kidal&need=legalAid'), { token: await coordinator() });
    expect(inKidal.body.map((a: { id: string }) => a.id)).toEqual(['demo-legal-aid-national']);
  });

  it('loads each reference file version once: a second instance on the same database adds nothing and keeps edits', async () => {
    const admin = await agencyAdmin('demo-shelter-kayes');
    const edited = await request(t.url('/agencies/demo-shelter-kayes'), { method: 'PATCH', token: admin, body: { version: 1, capacity: { beds: 10, available: 3 } } });
    expect(edited.status).toBe(200);
    const second = await startTestService(REFERRAL_SERVICE, { databaseUrl: t.service.databaseUrl, namespace: t.service.namespace, env: { DEADLINE_SCHEDULER_ENABLED: 'false' } });
    try {
      const db = second.app.get(DataSource);
      expect(await db.query('SELECT name, version FROM reference_data_loads ORDER BY name')).toEqual([
        { name: 'demo-directory', version: '2026.1' },
        { name: 'routing-rules', version: '2026.1' },
      ]);
      expect(await db.query('SELECT count(*)::int AS n FROM agencies')).toEqual([{ n: 33 }]);
      const kayes = await request(`${second.url}/api/v1/agencies/demo-shelter-kayes`, { token: admin });
      expect(kayes.body.capacity).toEqual({ beds: 10, available: 3 });
    } finally {
      await second.close();
    }
  });

  it('adds an agency idempotently under the client\'s id, and routes to it', async () => {
    const auth = await coordinator();
    const created = await request(t.url('/agencies'), { token: auth, body: kidalShelter });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'abri-kidal', version: 1, demo: false, active: true, capacity: { beds: 4, available: 4 } });
    const again = await request(t.url('/agencies'), { token: auth, body: kidalShelter });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(created.body);
    const different = await request(t.url('/agencies'), { token: auth, body: { ...kidalShelter, name: 'Autre nom' } });
    expect(different).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    const taken = await request(t.url('/agencies'), { token: auth, body: { ...kidalShelter, id: 'demo-shelter-mopti' } });
    expect(taken).toMatchObject({ status: 409, body: { code: 'AGENCY_ALREADY_EXISTS' } });

    const data = identification({ region: 'kidal', sex: 'male', ageGroup: '30-38', isMinor: false }, [need('shelter')]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    expect((await referralsOf(t.service, data.identificationId)).map((r) => r.agency_id)).toEqual(['abri-kidal']);
  });

  it('refuses bad agencies field by field, and keeps directory changes to the coordinator', async () => {
    const bad = await request(t.url('/agencies'), {
      token: await coordinator(),
      body: { ...kidalShelter, id: 'Bad Id', type: 'Spa', regions: ['atlantis'], accepts: { minors: 'yes', adults: true, sexes: [] }, capacity: { beds: 2, available: -1 }, languages: ['xx'], extra: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'accepts.minors:isBoolean',
      'accepts.sexes:arrayMinSize',
      'capacity.available:min',
      'extra:whitelistValidation',
      'id:matches',
      'languages:isIn',
      'regions:isIn',
      'type:isIn',
    ]);
    const tooMany = await request(t.url('/agencies'), { token: await coordinator(), body: { ...kidalShelter, id: 'abri-x', capacity: { beds: 2, available: 3 } } });
    expect(tooMany).toMatchObject({ status: 400, body: { code: 'CAPACITY_INVALID' } });
    const byCaseworker = await request(t.url('/agencies'), { token: await caseworker('demo-shelter-mopti'), body: { ...kidalShelter, id: 'abri-y' } });
    expect(byCaseworker.status).toBe(403);
  });

  it('lets an agency administrator edit its own profile and capacity only, on the current version', async () => {
    const admin = await agencyAdmin('demo-shelter-mopti');
    const current = await request(t.url('/agencies/demo-shelter-mopti'), { token: admin });
    const version = current.body.version;
    const ok = await request(t.url('/agencies/demo-shelter-mopti'), {
      method: 'PATCH',
      token: admin,
      body: { capacity: { beds: 9, available: 9 }, languages: ['fr', 'bm', 'ff', 'son'] },
      headers: { 'if-match': `"${version}"` },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: version + 1, capacity: { beds: 9, available: 9 }, languages: ['fr', 'bm', 'ff', 'son'] });
    expect(ok.headers.get('etag')).toBe(`"${version + 1}"`);

    const stale = await request(t.url('/agencies/demo-shelter-mopti'), { method: 'PATCH', token: admin, body: { version, name: 'x' } });
    expect(stale).toMatchObject({ status: 409, body: { code: 'VERSION_STALE' } });
    const restricted = await request(t.url('/agencies/demo-shelter-mopti'), { method: 'PATCH', token: admin, body: { version: version + 1, active: false } });
    expect(restricted).toMatchObject({ status: 403, body: { code: 'AGENCY_FIELD_RESTRICTED', details: { fields: ['active'] } } });
    const other = await request(t.url('/agencies/demo-shelter-kayes'), { method: 'PATCH', token: admin, body: { version: 1, name: 'x' } });
    expect(other).toMatchObject({ status: 403, body: { code: 'AGENCY_NOT_YOURS' } });
    const missing = await request(t.url('/agencies/nowhere-agency'), { method: 'PATCH', token: await coordinator(), body: { version: 1 } });
    expect(missing).toMatchObject({ status: 404, body: { code: 'AGENCY_NOT_FOUND' } });
    const byCoordinator = await request(t.url('/agencies/demo-shelter-mopti'), { method: 'PATCH', token: await coordinator(), body: { version: version + 1, active: true } });
    expect(byCoordinator.status).toBe(200);
  });

  it('versions the routing rules: an edit becomes the next version, referrals record the version they used', async () => {
    const auth = await coordinator();
    const current = await request(t.url('/routing-rules'), { token: await caseworker('demo-shelter-mopti') });
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ version: 1, source: 'file:routing-rules.json@2026.1', createdBy: 'system:referral' });
    expect(current.body.rules).toEqual(rulesFile.rules);

    const faster = { ...rulesFile.rules, deadlines: [...rulesFile.rules.deadlines.slice(0, 3), { acknowledgeMinutes: 60, acceptMinutes: 90 }] };
    const put = await request(t.url('/routing-rules'), { method: 'PUT', token: auth, body: { ...faster, version: 1 } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ version: 2, source: 'api', createdBy: 'coordinator-1' });
    expect(put.headers.get('etag')).toBe('"2"');
    const lost = await request(t.url('/routing-rules'), { method: 'PUT', token: auth, body: { ...rulesFile.rules, version: 1 } });
    expect(lost).toMatchObject({ status: 409, body: { code: 'VERSION_STALE', details: { currentVersion: 2 } } });
    expect((await request(t.url('/routing-rules'), { method: 'PUT', token: await agencyAdmin('demo-shelter-mopti'), body: { ...faster, version: 2 } })).status).toBe(403);

    const data = identification({ region: 'kidal', sex: 'female', ageGroup: '30-38', isMinor: false }, [need('legalAid')]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    const [referral] = await referralsOf(t.service, data.identificationId);
    expect(referral.rules_version).toBe(2);
    const view = await request(t.url(`/referrals/${referral.id}`), { token: auth });
    expect(Date.parse(view.body.dueBy) - Date.parse(view.body.createdAt)).toBe(60 * 60_000);

    const versions = await request(t.url('/routing-rules/versions'), { token: auth });
    expect(versions.body.map((v: { version: number; source: string }) => [v.version, v.source])).toEqual([[2, 'api'], [1, 'file:routing-rules.json@2026.1']]);
    expect((await request(t.url('/routing-rules/versions/1'), { token: auth })).body.rules).toEqual(rulesFile.rules);
    expect((await request(t.url('/routing-rules/versions/9'), { token: auth })).status).toBe(404);
  });

  it('refuses inconsistent rules, with every problem named', async () => {
    const auth = await coordinator();
    const { shelter: _dropped, ...needs } = rulesFile.rules.needs;
    const shape = await request(t.url('/routing-rules'), {
      method: 'PUT',
      token: auth,
      body: { version: 2, needs: { ...needs, medical: { agencyTypes: [{ type: 'Spa', priority: 0 }] } }, deadlines: [{ acknowledgeMinutes: 0, acceptMinutes: 10 }] },
    });
    expect(shape.status).toBe(400);
    expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'deadlines.0.acknowledgeMinutes',
      'needs.medical.agencyTypes.0.priority',
      'needs.medical.agencyTypes.0.type',
      'needs.shelter',
    ]);
    const logic = await request(t.url('/routing-rules'), {
      method: 'PUT',
      token: auth,
      body: { version: 2, needs: rulesFile.rules.needs, deadlines: [{ need: 'shelter', acknowledgeMinutes: 10, acceptMinutes: 10 }] },
      headers: { 'accept-language': 'en' },
    });
    expect(logic).toMatchObject({ status: 400, body: { code: 'ROUTING_RULES_INVALID' } });
    expect(logic.body.message).toContain('exactly one default rule');
    expect((await request(t.url('/routing-rules'), { token: auth })).body.version).toBe(2);
  });

  it('shows escalations to the coordinator only, filtered by cause', async () => {
    const data = identification({ region: 'gao', sex: 'male', ageGroup: '30-38', isMinor: false, languages: ['ha'] }, [need('interpretation')]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    const list = await request(t.url('/escalations?cause=noCandidate&need=interpretation&region=gao'), { token: await coordinator() });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ identificationId: data.identificationId, cause: 'noCandidate', referralId: null })]);
    expect((await request(t.url('/escalations'), { token: await caseworker('demo-shelter-mopti') })).status).toBe(403);
    expect((await request(t.url('/escalations?cause=late'), { token: await coordinator() })).status).toBe(400);
  });
});
