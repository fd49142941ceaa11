import {
  CASE_STAGES, CaseMergedV1, CaseTransferredV1, HearingScheduledV1, newReference, PersonalDataErased, ReferralAccepted, ReferralAcceptedV1, ReferralClosed,
  uuidv7, VictimLinkedV1,
} from '@relais/contracts';
import { verifyAuditChain } from '@relais/auth';
import { eventually, request } from '@relais/testing';
import { caseFor, coordinator, DAY_MS, Harness, identification, prosecutor, startProsecution, userToken } from './fixture';

const MOPTI = 'parquet-tgi-mopti';
const GAO = 'parquet-tgi-gao';

function referral(victimRef: string, identificationId: string, agencyId: string): ReferralAcceptedV1 {
  return {
    referralId: uuidv7(), reference: newReference('R'), victimRef, identificationId, agencyId, need: 'shelter',
    acceptedAt: new Date(Date.now() - DAY_MS).toISOString(),
  };
}

describe('who sees and moves which case', () => {
  let h: Harness;
  let mopti: string;
  let gao: string;

  beforeAll(async () => {
    h = await startProsecution();
    mopti = await prosecutor(MOPTI);
    gao = await prosecutor(GAO);
  });
  afterAll(() => h?.close());

  const get = (caseId: string, token: string) => request(h.url(`/api/v1/cases/${caseId}`), { token });

  it("answers another office's case exactly like a missing one, for reads and for writes", async () => {
    const caseId = await caseFor(h, identification('mopti'));
    const missing = await get(uuidv7(), gao);
    const foreign = await get(caseId, gao);
    expect(foreign.status).toBe(404);
    expect({ code: foreign.body.code, message: foreign.body.message }).toEqual({ code: missing.body.code, message: missing.body.message });
    const at = new Date().toISOString();
    for (const [path, body] of [
      ['/transitions', { to: 'preliminaryInvestigation', at, version: 1 }],
      ['/hearings', { at, kind: 'trial' }],
      ['/defendants', { identity: { aliases: ['X'] }, sex: 'male', custody: 'atLarge' }],
      ['/transfer', { toOfficeId: GAO, version: 1 }],
      ['/merge', { intoCaseId: uuidv7(), version: 1 }],
    ] as const) {
      expect((await request(h.url(`/api/v1/cases/${caseId}${path}`), { token: gao, body })).status).toBe(404);
    }
    expect((await get(caseId, mopti)).status).toBe(200);
    expect((await get(caseId, await coordinator())).status).toBe(200);
    const refusals = await h.sql(`SELECT actor, outcome FROM audit_log WHERE action = 'case.read' AND resource_id = $1 ORDER BY id`, [caseId]);
    expect(refusals).toEqual([
      { actor: `prosecutor-${GAO}`, outcome: 'denied' }, { actor: `prosecutor-${MOPTI}`, outcome: 'success' }, { actor: 'coordinator-1', outcome: 'success' },
    ]);
    const noJurisdiction = await userToken({ sub: 'p-none', roles: ['prosecutor'] });
    expect((await request(h.url('/api/v1/cases'), { token: noJurisdiction })).body.items).toEqual([]);
    const none = await request(h.url('/api/v1/cases/counts'), { token: noJurisdiction });
    expect(Object.values(none.body.byStage)).toEqual(CASE_STAGES.map(() => 0));
    const caseworker = await userToken({ sub: 'cw', roles: ['agency_caseworker'], agencyId: 'shelter-1' });
    expect((await request(h.url('/api/v1/cases'), { token: caseworker })).status).toBe(403);
    expect((await request(h.url('/api/v1/cases/counts'), { token: caseworker })).status).toBe(403);
    expect((await get(caseId, await userToken({ sub: 'stat', roles: ['statistician'] }))).status).toBe(403);
    expect((await request(h.url('/api/v1/cases'))).status).toBe(401);
    expect((await request(h.url('/api/v1/cases/counts'))).status).toBe(401);
  });

  it("shows a person's case status to the agency accompanying them, and only while it does", async () => {
    const data = identification('mopti');
    const caseId = await caseFor(h, data);
    const hearingAt = new Date(Date.now() + 30 * DAY_MS).toISOString();
    const hearing = await request(h.url(`/api/v1/cases/${caseId}/hearings`), { token: mopti, body: { at: hearingAt, kind: 'trial' } });
    expect(hearing.status).toBe(201);
    expect(hearing.body.court).toBe('Tribunal de grande instance de Mopti');
    const announced = await eventually(async () => {
      const [found] = (await h.events<HearingScheduledV1>('prosecution.hearing-scheduled.v1')).filter((e) => e.data.caseId === caseId);
      expect(found).toBeDefined();
      return found;
    });
    expect(announced.data).toMatchObject({ hearingId: hearing.body.id, at: hearingAt, kind: 'trial', victimRefs: [data.victimRef] });

    const shelter = await userToken({ sub: 'cw-1', roles: ['agency_caseworker'], agencyId: 'shelter-mopti' });
    const other = await userToken({ sub: 'cw-2', roles: ['agency_caseworker'], agencyId: 'ngo-elsewhere' });
    const path = h.url(`/api/v1/victims/${data.victimRef}/cases`);
    expect((await request(path, { token: shelter })).status).toBe(404);

    const accepted = referral(data.victimRef, data.identificationId, 'shelter-mopti');
    await h.publish(ReferralAccepted, accepted);
    const status = await eventually(async () => {
      const answer = await request(path, { token: shelter });
      expect(answer.status).toBe(200);
      return answer.body;
    });
    expect(status).toEqual([
      {
        caseId, reference: expect.any(String), officeId: MOPTI, stage: 'reportReceived', stageChangedAt: expect.any(String), openedAt: expect.any(String),
        upcomingHearings: [{ at: hearingAt, court: 'Tribunal de grande instance de Mopti', kind: 'trial' }],
      },
    ]);
    const denied = await request(path, { token: other });
    expect(denied.status).toBe(404);
    expect(denied.body.code).toBe('VICTIM_NOT_FOUND');
    const audit = await h.sql<{ actor: string; outcome: string }>(
      `SELECT actor, outcome FROM audit_log WHERE action = 'victim.cases.read' AND resource_id = $1 ORDER BY id`, [data.victimRef],
    );
    const outcomes = audit.map((r) => `${r.actor}:${r.outcome}`);
    expect(outcomes[0]).toBe('cw-1:denied');
    expect(outcomes.filter((o) => o === 'cw-1:success')).toHaveLength(1);
    expect(outcomes.at(-1)).toBe('cw-2:denied');

    await h.publish(ReferralClosed, { ...accepted, closedAt: new Date().toISOString(), outcome: 'serviceProvided' });
    await eventually(async () => expect((await request(path, { token: shelter })).status).toBe(404));
    expect((await request(path, { token: await coordinator() })).body).toHaveLength(1);
    expect((await request(path, { token: gao })).body).toEqual([]);
  });

  it('keeps an erased person out of every agency view, even if an acceptance arrives after the erasure', async () => {
    const data = identification('mopti');
    const caseId = await caseFor(h, data);
    await h.publish(PersonalDataErased, { victimRef: data.victimRef, identificationIds: [data.identificationId], erasedAt: new Date().toISOString() });
    await eventually(async () => expect(await h.sql('SELECT 1 FROM erased_victims WHERE victim_ref = $1', [data.victimRef])).toHaveLength(1));
    await h.publish(ReferralAccepted, referral(data.victimRef, data.identificationId, 'shelter-late'));
    await eventually(async () => expect(await h.sql('SELECT 1 FROM referral_access WHERE agency_id = $1', ['shelter-late'])).toHaveLength(1));
    const late = await userToken({ sub: 'cw-late', roles: ['agency_caseworker'], agencyId: 'shelter-late' });
    expect((await request(h.url(`/api/v1/victims/${data.victimRef}/cases`), { token: late })).status).toBe(404);
    const file = await get(caseId, mopti);
    expect(file.body.victims).toEqual([expect.objectContaining({ victimRef: data.victimRef, personalDataErased: true })]);
  });

  it('wipes the stage notes of a case once its victim is erased (sealed under the case key, which erasure does not reach)', async () => {
    const first = identification('mopti');
    const caseId = await caseFor(h, first);
    const noted = await request(h.url(`/api/v1/cases/${caseId}/transitions`), {
      token: mopti,
      body: { to: 'preliminaryInvestigation', at: new Date().toISOString(), version: 1, note: 'Audition de la victime au commissariat de Sévaré' },
    });
    expect(noted.status).toBe(200);
    const sealedNotes = () => h.sql<{ n: string }>('SELECT count(*) AS n FROM stage_changes WHERE case_id = $1 AND note_sealed IS NOT NULL', [caseId]);
    expect(Number((await sealedNotes())[0].n)).toBe(1);
    await h.publish(PersonalDataErased, { victimRef: first.victimRef, identificationIds: [first.identificationId], erasedAt: new Date().toISOString() });
    await eventually(async () => expect(Number((await sealedNotes())[0].n)).toBe(0));
    const [audit] = await h.sql<{ details: { notesWipedInCases: string[] } }>(
      `SELECT details FROM audit_log WHERE action = 'victim.erasure-recorded' AND resource_id = $1`,
      [first.victimRef],
    );
    expect(audit.details.notesWipedInCases).toEqual([caseId]);
  });

  it('merges within an office, moving victims and defendants, and closes the merged case', async () => {
    const a = identification('mopti');
    const b = identification('mopti');
    const kept = await caseFor(h, a);
    const absorbed = await caseFor(h, b);
    const defendant = await request(h.url(`/api/v1/cases/${absorbed}/defendants`), { token: mopti, body: { identity: { aliases: ['Boss'] }, sex: 'male', custody: 'atLarge' } });
    expect(defendant.status).toBe(201);

    expect((await request(h.url(`/api/v1/cases/${absorbed}/merge`), { token: mopti, body: { intoCaseId: kept, version: 1 } })).body.code).toBe('STALE_VERSION');
    const merged = await request(h.url(`/api/v1/cases/${absorbed}/merge`), { token: mopti, body: { intoCaseId: kept, version: 2 } });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ id: absorbed, mergedIntoCaseId: kept, victimRefs: [b.victimRef] });

    const survivor = await get(kept, mopti);
    expect(survivor.body.victimRefs).toEqual([a.victimRef, b.victimRef]);
    expect(survivor.body.defendants.map((d: { id: string }) => d.id)).toEqual([defendant.body.id]);
    const gone = await get(absorbed, mopti);
    expect(gone.body).toMatchObject({ mergedIntoCaseId: kept, victimRefs: [], defendants: [] });
    const after = await request(h.url(`/api/v1/cases/${absorbed}/transitions`), { token: mopti, body: { to: 'preliminaryInvestigation', at: new Date().toISOString(), version: gone.body.version } });
    expect(after.body).toMatchObject({ code: 'CASE_MERGED', details: { mergedIntoCaseId: kept } });
    const listed = await request(h.url('/api/v1/cases'), { token: mopti });
    expect(listed.body.items.map((c: { id: string }) => c.id)).not.toContain(absorbed);

    const events = await eventually(async () => {
      const [m] = (await h.events<CaseMergedV1>('prosecution.case-merged.v1')).filter((e) => e.data.caseId === absorbed);
      const linked = (await h.events<VictimLinkedV1>('prosecution.victim-linked.v1')).filter((e) => e.data.caseId === kept);
      expect(m).toBeDefined();
      expect(linked).toHaveLength(1);
      return { m, linked };
    });
    expect(events.m.data).toMatchObject({ intoCaseId: kept, officeId: MOPTI, victimRefs: [b.victimRef] });
    expect(events.linked[0].data).toMatchObject({ victimRef: b.victimRef, identificationId: b.identificationId, victimRefs: [a.victimRef, b.victimRef] });
  });

  it('merges across offices for the coordinator only', async () => {
    const inMopti = await caseFor(h, identification('mopti'));
    const inGao = await caseFor(h, identification('gao'));
    expect((await request(h.url(`/api/v1/cases/${inGao}/merge`), { token: gao, body: { intoCaseId: inMopti, version: 1 } })).status).toBe(404);
    const byCoordinator = await request(h.url(`/api/v1/cases/${inGao}/merge`), { token: await coordinator(), body: { intoCaseId: inMopti, version: 1 } });
    expect(byCoordinator.status).toBe(200);
    expect((await request(h.url(`/api/v1/cases/${inGao}/merge`), { token: await coordinator(), body: { intoCaseId: inGao, version: 2 } })).body.code).toBe('MERGE_INTO_ITSELF');
  });

  it('links a further identification, absorbing its untouched case but never one someone worked on', async () => {
    const lead = identification('mopti');
    const second = identification('mopti');
    const worked = identification('mopti');
    const leadCase = await caseFor(h, lead);
    const secondCase = await caseFor(h, second);
    const workedCase = await caseFor(h, worked);
    await request(h.url(`/api/v1/cases/${workedCase}/transitions`), { token: mopti, body: { to: 'preliminaryInvestigation', at: new Date().toISOString(), version: 1 } });

    const linked = await request(h.url(`/api/v1/cases/${leadCase}/victims`), { token: mopti, body: { identificationId: second.identificationId } });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ victimRefs: [lead.victimRef, second.victimRef], identificationIds: [lead.identificationId, second.identificationId] });
    expect((await get(secondCase, mopti)).body.mergedIntoCaseId).toBe(leadCase);
    const again = await request(h.url(`/api/v1/cases/${leadCase}/victims`), { token: mopti, body: { identificationId: second.identificationId } });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(linked.body.version);

    const refused = await request(h.url(`/api/v1/cases/${leadCase}/victims`), { token: mopti, body: { identificationId: worked.identificationId } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'IDENTIFICATION_ALREADY_LINKED', details: { caseId: workedCase } });
    const unknown = await request(h.url(`/api/v1/cases/${leadCase}/victims`), { token: mopti, body: { identificationId: uuidv7() } });
    expect(unknown.status).toBe(404);
    // Another office's identification is refused without saying where it is.
    const foreign = identification('gao');
    await caseFor(h, foreign);
    const hidden = await request(h.url(`/api/v1/cases/${leadCase}/victims`), { token: mopti, body: { identificationId: foreign.identificationId } });
    expect(hidden.status).toBe(409);
    expect(hidden.body.details).toEqual({ identificationId: foreign.identificationId });
  });

  it('transfers a case to another office, which alone sees it afterwards', async () => {
    const caseId = await caseFor(h, identification('mopti'));
    expect((await request(h.url(`/api/v1/cases/${caseId}/transfer`), { token: mopti, body: { toOfficeId: 'parquet-nowhere', version: 1 } })).body.code).toBe('UNKNOWN_OFFICE');
    expect((await request(h.url(`/api/v1/cases/${caseId}/transfer`), { token: mopti, body: { toOfficeId: MOPTI, version: 1 } })).body.code).toBe('ALREADY_AT_OFFICE');
    const moved = await request(h.url(`/api/v1/cases/${caseId}/transfer`), { token: mopti, body: { toOfficeId: 'pole-judiciaire-specialise-bamako', version: 1 } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ officeId: 'pole-judiciaire-specialise-bamako', version: 2 });
    expect((await get(caseId, mopti)).status).toBe(404);
    const pole = await prosecutor('pole-judiciaire-specialise-bamako');
    const file = await get(caseId, pole);
    expect(file.body.transfers).toEqual([{ fromOfficeId: MOPTI, toOfficeId: 'pole-judiciaire-specialise-bamako', at: expect.any(String) }]);
    const [event] = await eventually(async () => {
      const found = (await h.events<CaseTransferredV1>('prosecution.case-transferred.v1')).filter((e) => e.data.caseId === caseId);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(event.data).toMatchObject({ officeId: 'pole-judiciaire-specialise-bamako', fromOfficeId: MOPTI });
  });

  it('leaves an intact audit chain behind all of it', async () => {
    const report = await verifyAuditChain(h.db, 'prosecution');
    expect(report.ok).toBe(true);
    expect(report.rows).toBeGreaterThan(20);
  });
});
