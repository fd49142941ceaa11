import { request } from '@relais/testing';
import { DataSource } from 'typeorm';
import { agencyAdmin, caseworker, coordinator, deliver, identification, referralsOf, referralUnderTest, VictimIdentified } from './fixtures';
import { need } from './routing-cases';

jest.setTimeout(120_000);

/** Legal aid in Gao only: Kidal's legal-aid needs go to the national agency until this one covers Kidal. */
const gaoLegalAid = {
  id: 'aide-juridique-gao',
  name: 'Aide juridique de Gao',
  type: 'LegalAid',
  services: ['legalAid'],
  regions: ['gao'],
  accepts: { minors: true, adults: true, sexes: ['female', 'male', 'unknown'] },
  languages: ['fr', 'son'],
};

describe('an agency administrator’s routing scope changes wait for the coordinator (real Kafka and Postgres)', () => {
  const t = referralUnderTest();

  beforeAll(async () => {
    expect((await request(t.url('/agencies'), { token: await coordinator(), body: gaoLegalAid })).status).toBe(201);
  });

  /** Delivers a Kidal legal-aid identification and answers the agency it was referred to. */
  async function routeKidalLegalAid(): Promise<string[]> {
    const data = identification({ region: 'kidal', sex: 'female', ageGroup: '30-38', isMinor: false }, [need('legalAid')]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    return (await referralsOf(t.service, data.identificationId)).map((r) => r.agency_id);
  }

  it('answers 202 with a pending request, leaves routing alone until the coordinator approves, then routes by it', async () => {
    const admin = await agencyAdmin('aide-juridique-gao');
    const edit = await request(t.url('/agencies/aide-juridique-gao'), { method: 'PATCH', token: admin, body: { version: 1, regions: ['gao', 'kidal'], languages: ['fr', 'son', 'tmh'] } });
    expect(edit.status).toBe(202);
    expect(edit.body.agency).toMatchObject({ version: 2, regions: ['gao'], languages: ['fr', 'son', 'tmh'] });
    expect(edit.body.changeRequest).toMatchObject({ agencyId: 'aide-juridique-gao', status: 'pending', changes: { regions: ['gao', 'kidal'] }, version: 1 });
    expect(edit.headers.get('etag')).toBe('"2"');
    const id = edit.body.changeRequest.id;

    expect((await request(t.url('/agencies/aide-juridique-gao'), { token: admin })).body.regions).toEqual(['gao']);
    expect(await routeKidalLegalAid()).toEqual(['demo-legal-aid-national']);

    const own = await request(t.url('/agency-change-requests'), { token: admin });
    expect(own.body.map((r: { id: string }) => r.id)).toEqual([id]);
    const others = await request(t.url('/agency-change-requests'), { token: await agencyAdmin('demo-shelter-mopti') });
    expect(others).toMatchObject({ status: 200, body: [] });
    const all = await request(t.url('/agency-change-requests'), { token: await coordinator() });
    expect(all.body.map((r: { id: string }) => r.id)).toContain(id);

    const byAdmin = await request(t.url(`/agency-change-requests/${id}/approve`), { token: admin, body: { version: 1 } });
    expect(byAdmin.status).toBe(403);
    const approved = await request(t.url(`/agency-change-requests/${id}/approve`), { token: await coordinator(), body: { version: 1 } });
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved', decidedBy: expect.any(String), version: 2 } });
    expect((await request(t.url('/agencies/aide-juridique-gao'), { token: admin })).body).toMatchObject({ regions: ['gao', 'kidal'], version: 3 });
    expect(await routeKidalLegalAid()).toEqual(['aide-juridique-gao']);

    const again = await request(t.url(`/agency-change-requests/${id}/reject`), { token: await coordinator(), body: { version: 2 } });
    expect(again).toMatchObject({ status: 409, body: { code: 'CHANGE_REQUEST_DECIDED', message: `La demande de modification de structure ${id} est déjà traitée (approved).` } });
    const audit = await t.service.app.get(DataSource).query(`SELECT action FROM audit_log WHERE resource_id = 'aide-juridique-gao' ORDER BY seq`);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['agency.create', 'agency.update', 'agency.change-request.create', 'agency.change-request.approve']);
  });

  it('keeps a rejected request from changing anything, and refuses bad decisions field by field, in French and English', async () => {
    const admin = await agencyAdmin('aide-juridique-gao');
    const current = (await request(t.url('/agencies/aide-juridique-gao'), { token: admin })).body;
    const edit = await request(t.url('/agencies/aide-juridique-gao'), { method: 'PATCH', token: admin, body: { version: current.version, services: ['legalAid', 'shelter'] } });
    expect(edit.status).toBe(202);
    const id = edit.body.changeRequest.id;
    const stale = await request(t.url('/agencies/aide-juridique-gao'), { method: 'PATCH', token: admin, body: { version: current.version - 1, accepts: { minors: false, adults: true, sexes: ['female'] } } });
    expect(stale).toMatchObject({ status: 409, body: { code: 'VERSION_STALE' } });

    const token = await coordinator();
    const bad = await request(t.url(`/agency-change-requests/${id}/reject`), { token, body: { version: 0, reason: 'x'.repeat(501), extra: 1 }, headers: { 'accept-language': 'en' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['extra:whitelistValidation', 'reason:maxLength', 'version:min']);
    const badId = await request(t.url('/agency-change-requests/not-a-uuid/approve'), { token, body: { version: 1 } });
    expect(badId.status).toBe(400);
    const missing = await request(t.url('/agency-change-requests/0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f/approve'), { token, body: { version: 1 }, headers: { 'accept-language': 'en' } });
    expect(missing).toMatchObject({ status: 404, body: { code: 'CHANGE_REQUEST_NOT_FOUND', message: 'No agency change request 0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f.' } });
    const staleDecision = await request(t.url(`/agency-change-requests/${id}/approve`), { token, body: { version: 2 } });
    expect(staleDecision).toMatchObject({ status: 409, body: { code: 'VERSION_STALE' } });

    const rejected = await request(t.url(`/agency-change-requests/${id}/reject`), { token, body: { reason: 'Hors mandat' }, headers: { 'if-match': '"1"' } });
    expect(rejected).toMatchObject({ status: 200, body: { status: 'rejected', reason: 'Hors mandat' } });
    expect((await request(t.url('/agencies/aide-juridique-gao'), { token: admin })).body).toMatchObject({ services: ['legalAid'], version: current.version });
    expect((await request(t.url('/agency-change-requests?status=rejected'), { token: admin })).body.map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await request(t.url('/agency-change-requests'), { token: await caseworker('aide-juridique-gao') })).status).toBe(403);
  });

  it('shows an agency administrator the whole history of its own requests (status=all), and nobody else’s', async () => {
    const history = await request(t.url('/agency-change-requests?status=all'), { token: await agencyAdmin('aide-juridique-gao') });
    expect(history.status).toBe(200);
    expect(history.body.map((r: { status: string; reason: string | null; changes: object }) => [r.status, r.reason, Object.keys(r.changes)])).toEqual([
      ['approved', null, ['regions']],
      ['rejected', 'Hors mandat', ['services']],
    ]);
    expect(history.body.every((r: { decidedAt: string | null }) => r.decidedAt !== null)).toBe(true);
    expect(await request(t.url('/agency-change-requests?status=all'), { token: await agencyAdmin('demo-shelter-mopti') })).toMatchObject({ status: 200, body: [] });
    expect((await request(t.url('/agency-change-requests?status=all'), { token: await coordinator() })).body).toHaveLength(2);
    const bad = await request(t.url('/agency-change-requests?status=everything'), { token: await agencyAdmin('aide-juridique-gao') });
    expect(bad).toMatchObject({ status: 400, body: { errors: [expect.objectContaining({ field: 'status' })] } });
  });

  it('still applies the coordinator’s own routing-scope edit at once', async () => {
    const token = await coordinator();
    const current = (await request(t.url('/agencies/aide-juridique-gao'), { token })).body;
    const edit = await request(t.url('/agencies/aide-juridique-gao'), { method: 'PATCH', token, body: { version: current.version, regions: ['gao'] } });
    expect(edit).toMatchObject({ status: 200, body: { regions: ['gao'], version: current.version + 1 } });
  });
});
