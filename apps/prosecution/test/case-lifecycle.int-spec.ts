import { CaseStage, CaseStageChangedV1 } from '@relais/contracts';
import { eventually, request } from '@relais/testing';
import { caseFor, coordinator, DAY_MS, Harness, identification, prosecutor, startProsecution, userToken } from './fixture';

const OFFICE = 'parquet-tgi-segou';

describe('a case follows the procedure from the police report to a final judgment', () => {
  let h: Harness;
  let token: string;
  // Decisions dated an hour apart, after the identifications (10 days ago) and before now.
  let clock = Date.now() - 9 * DAY_MS;
  const nextDay = () => new Date((clock += 3600_000)).toISOString();

  async function move(caseId: string, to: CaseStage, extra: Record<string, unknown> = {}) {
    const current = await request(h.url(`/api/v1/cases/${caseId}`), { token });
    return request(h.url(`/api/v1/cases/${caseId}/transitions`), { token, body: { to, at: nextDay(), version: current.body.version, ...extra } });
  }

  beforeAll(async () => {
    h = await startProsecution();
    token = await prosecutor(OFFICE);
  });
  afterAll(() => h?.close());

  it('walks every stage of the full path, each step announced with its date', async () => {
    const caseId = await caseFor(h, identification('segou'));
    const path: CaseStage[] = ['preliminaryInvestigation', 'judicialInvestigation', 'committedForTrial', 'trial', 'judgment', 'appeal', 'final'];
    const dates: string[] = [];
    let version = 1;
    for (const to of path) {
      const at = nextDay();
      dates.push(at);
      const moved = await request(h.url(`/api/v1/cases/${caseId}/transitions`), { token, body: { to, at, version } });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ id: caseId, stage: to, stageChangedAt: at, version: version + 1 });
      version = moved.body.version;
    }
    const events = await eventually(async () => {
      const found = (await h.events<CaseStageChangedV1>('prosecution.case-stage-changed.v1')).filter((e) => e.data.caseId === caseId);
      expect(found).toHaveLength(path.length);
      return found;
    });
    expect(events.map((e) => [e.data.from, e.data.to, e.data.at])).toEqual(
      path.map((to, i) => [i === 0 ? 'reportReceived' : path[i - 1], to, dates[i]]),
    );
    const file = await request(h.url(`/api/v1/cases/${caseId}`), { token });
    expect(file.body.stageHistory.map((s: { to: string }) => s.to)).toEqual(['reportReceived', ...path]);

    // final is final: nothing leaves it.
    const after = await request(h.url(`/api/v1/cases/${caseId}/transitions`), { token, body: { to: 'appeal', at: nextDay(), version } });
    expect(after.status).toBe(409);
    expect(after.body).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { from: 'final', to: 'appeal' } });
  });

  it('takes the direct paths: summons on the police report, and a judgment no one appeals', async () => {
    const caseId = await caseFor(h, identification('segou'));
    for (const to of ['committedForTrial', 'trial', 'judgment', 'final'] as const) expect((await move(caseId, to)).status).toBe(200);
  });

  it('dismisses with a decision reference only, and reopens a dismissed case', async () => {
    const caseId = await caseFor(h, identification('segou'));
    const bare = await move(caseId, 'dismissed');
    expect(bare.status).toBe(400);
    expect(bare.body.code).toBe('DECISION_REF_REQUIRED');
    const dismissed = await move(caseId, 'dismissed', { decisionRef: 'CSS 2026/17', note: 'Auteur non identifié, témoin Awa Sangaré introuvable' });
    expect(dismissed.body.stage).toBe('dismissed');

    // A dismissed case takes no new work until it is reopened.
    const hearing = await request(h.url(`/api/v1/cases/${caseId}/hearings`), { token, body: { at: nextDay(), kind: 'other' } });
    expect(hearing.status).toBe(409);
    expect(hearing.body.code).toBe('CASE_CLOSED');
    expect((await move(caseId, 'preliminaryInvestigation')).body.stage).toBe('preliminaryInvestigation');

    // The note is sealed at rest, readable in the audited case file.
    const [row] = await h.sql<{ note_sealed: Buffer; decision_ref: string }>(`SELECT note_sealed, decision_ref FROM stage_changes WHERE case_id = $1 AND to_stage = 'dismissed'`, [caseId]);
    expect(row.decision_ref).toBe('CSS 2026/17');
    expect(row.note_sealed.toString('latin1')).not.toContain('Sangar');
    const file = await request(h.url(`/api/v1/cases/${caseId}`), { token });
    expect(file.body.stageHistory.find((s: { to: string }) => s.to === 'dismissed').note).toBe('Auteur non identifié, témoin Awa Sangaré introuvable');
    const withheld = await request(h.url(`/api/v1/cases/${caseId}`), { token: await coordinator() });
    expect(withheld.body.stageHistory.find((s: { to: string }) => s.to === 'dismissed')).toMatchObject({ note: null, hasNote: true, decisionRef: 'CSS 2026/17' });
    const reads = await h.sql(`SELECT actor, details FROM audit_log WHERE action = 'case.read' AND resource_id = $1 ORDER BY id`, [caseId]);
    expect(reads.slice(-2)).toEqual([{ actor: `prosecutor-${OFFICE}`, details: { notesOpened: 1 } }, { actor: 'coordinator-1', details: { notesOpened: 0 } }]);
  });

  it('ends a judicial investigation with a non-lieu, which can be reopened on new evidence', async () => {
    const caseId = await caseFor(h, identification('segou'));
    await move(caseId, 'judicialInvestigation');
    expect((await move(caseId, 'noCase')).body.code).toBe('DECISION_REF_REQUIRED');
    expect((await move(caseId, 'noCase', { decisionRef: 'ONL 2026/3' })).body.stage).toBe('noCase');
    expect((await move(caseId, 'preliminaryInvestigation')).status).toBe(409);
    expect((await move(caseId, 'judicialInvestigation')).body.stage).toBe('judicialInvestigation');
  });

  it('refuses illegal steps, stale versions and back-dated decisions with 409, changing nothing', async () => {
    const caseId = await caseFor(h, identification('segou'));
    const illegal = await move(caseId, 'trial');
    expect(illegal.status).toBe(409);
    // The stages in words, not as codes: the message is read by a prosecutor (the code is for programs).
    expect(illegal.body).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { from: 'reportReceived', to: 'trial' } });
    expect(illegal.body.message).toBe('Une procédure ne peut pas passer de l’étape Procès-verbal reçu à l’étape Procès.');
    const noCase = await move(caseId, 'noCase', { decisionRef: 'x' });
    expect(noCase.body.code).toBe('ILLEGAL_TRANSITION');

    const first = await request(h.url(`/api/v1/cases/${caseId}/transitions`), { token, body: { to: 'preliminaryInvestigation', at: nextDay(), version: 1 } });
    expect(first.status).toBe(200);
    const stale = await request(h.url(`/api/v1/cases/${caseId}/transitions`), { token, body: { to: 'judicialInvestigation', at: nextDay(), version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', details: { expected: 1, current: 2 } });

    const backDated = await request(h.url(`/api/v1/cases/${caseId}/transitions`), {
      token, body: { to: 'judicialInvestigation', at: new Date(Date.now() - 365 * DAY_MS).toISOString(), version: 2 },
    });
    expect(backDated.status).toBe(409);
    expect(backDated.body.code).toBe('DATE_BEFORE_CURRENT_STAGE');
    // The date as a date for the reader, as an ISO timestamp for programs.
    expect(backDated.body.message).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(backDated.body.details.since).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const unchanged = await request(h.url(`/api/v1/cases/${caseId}`), { token });
    expect(unchanged.body).toMatchObject({ stage: 'preliminaryInvestigation', version: 2 });
  });

  it('answers bad input with 400, field by field, in French by default and in English on request', async () => {
    const caseId = await caseFor(h, identification('segou'));
    const body = { to: 'somewhere', at: '2999-01-01T00:00:00Z', version: 0, colour: 'red' };
    const fr = await request(h.url(`/api/v1/cases/${caseId}/transitions`), { token, body });
    expect(fr.status).toBe(400);
    expect(fr.body.code).toBe('VALIDATION_FAILED');
    expect(fr.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(
      ['at:notInFuture', 'colour:whitelistValidation', 'to:isIn', 'version:min'].sort(),
    );
    expect(fr.body.errors.find((e: { field: string }) => e.field === 'at').message).toMatch(/futur/);
    const en = await request(h.url(`/api/v1/cases/${caseId}/transitions`), { token, body, headers: { 'accept-language': 'en' } });
    expect(en.body.errors.find((e: { field: string }) => e.field === 'at').message).toMatch(/future/);

    expect((await request(h.url('/api/v1/cases/not-a-uuid'), { token })).body.errors[0]).toMatchObject({ field: 'id' });
    expect((await request(h.url(`/api/v1/cases/${caseId}/transitions`), { token, body: '{"to":' })).body.code).toBe('MALFORMED_JSON');
    expect((await request(h.url('/api/v1/cases?stage=nowhere&limit=0'), { token })).body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'stage']);
    // The list pages by cursor only: the old offset parameters are unknown fields, a cursor not handed out is refused.
    const oldPaging = await request(h.url('/api/v1/cases?page=2&pageSize=10&offset=20&cursor=bm90LWEtY3Vyc29y'), { token });
    expect(oldPaging.status).toBe(400);
    expect(oldPaging.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(
      ['cursor:isCursor', 'offset:whitelistValidation', 'page:whitelistValidation', 'pageSize:whitelistValidation'],
    );
    const counts = await request(h.url('/api/v1/cases/counts?stage=trial&limit=5&region=atlantis&openedFrom=2026-02-30'), { token });
    expect(counts.status).toBe(400);
    expect(counts.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'openedFrom', 'region', 'stage']);
    const unchanged = await request(h.url(`/api/v1/cases/${caseId}`), { token });
    expect(unchanged.body).toMatchObject({ stage: 'reportReceived', version: 1 });
  });

  it('lets a prosecutor open a case at their own office, idempotently', async () => {
    const body = { region: 'segou', cercle: 'Macina', openedAt: new Date(Date.now() - 3600_000).toISOString() };
    const headers = { 'idempotency-key': 'open-segou-1' };
    const first = await request(h.url('/api/v1/cases'), { token, body, headers });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ officeId: OFFICE, stage: 'reportReceived', openedFrom: 'prosecutor', victimRefs: [], version: 1 });
    const replay = await request(h.url('/api/v1/cases'), { token, body, headers });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    const other = await request(h.url('/api/v1/cases'), { token, body: { ...body, cercle: 'Niono' }, headers });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const [{ n }] = await h.sql<{ n: string }>(`SELECT count(*) AS n FROM cases WHERE opened_from = 'prosecutor'`);
    expect(Number(n)).toBe(1);

    const elsewhere = await request(h.url('/api/v1/cases'), { token, body: { region: 'segou', officeId: 'parquet-tgi-kayes' } });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.code).toBe('OFFICE_OUTSIDE_JURISDICTION');
    const noJurisdiction = await request(h.url('/api/v1/cases'), { token: await userToken({ sub: 'prosecutor-nowhere', roles: ['prosecutor'] }), body: { region: 'segou' } });
    expect(noJurisdiction.body.code).toBe('JURISDICTION_REQUIRED');
    const byCoordinator = await request(h.url('/api/v1/cases'), { token: await coordinator(), body: { region: 'segou' } });
    expect(byCoordinator.status).toBe(403);
  });
});
