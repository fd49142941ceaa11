import { DefendantAddedV1, DefendantChargedV1, JudgmentRenderedV1 } from '@relais/contracts';
import { eventually, request } from '@relais/testing';
import { caseFor, coordinator, DAY_MS, Harness, identification, prosecutor, startProsecution } from './fixture';

const OFFICE = 'parquet-tgi-kayes';
const IDENTITY = {
  familyName: 'Diarrassouba',
  givenNames: 'Sékou Amadou',
  aliases: ['Le Marabout de Nioro'],
  dateOfBirth: '1979-03-14',
  identityDocuments: [{ kind: 'nationalIdCard', number: 'NINA-77341209', issuingCountry: 'ML' }],
  address: 'Quartier Plateau, rue 214, Kayes',
};
const SECRETS = ['Diarrassouba', 'Sékou', 'Marabout', '1979-03-14', 'NINA-77341209', 'Plateau'];

describe('defendants, charges and judgments', () => {
  let h: Harness;
  let token: string;
  let caseId: string;
  let version: number;
  let clock = Date.now() - 9 * DAY_MS;
  const next = () => new Date((clock += 3600_000)).toISOString();
  const casePath = (suffix = '') => h.url(`/api/v1/cases/${caseId}${suffix}`);

  async function move(to: string) {
    const moved = await request(casePath('/transitions'), { token, body: { to, at: next(), version } });
    expect(moved.status).toBe(200);
    version = moved.body.version;
  }

  async function addDefendant(body: Record<string, unknown>, headers: Record<string, string> = {}) {
    return request(casePath('/defendants'), { token, body, headers });
  }

  beforeAll(async () => {
    h = await startProsecution();
    token = await prosecutor(OFFICE);
    caseId = await caseFor(h, identification('kayes'));
    version = 1;
  });
  afterAll(() => h?.close());

  let main: string;
  let accomplice: string;

  it('stores a defendant identity only as ciphertext, and sends none of it', async () => {
    const added = await addDefendant(
      { identity: IDENTITY, sex: 'male', nationality: 'ML', role: 'RecruiterOrIntermediary', custody: 'pretrialDetention', addedAt: next() },
      { 'idempotency-key': 'add-main' },
    );
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ caseId, sex: 'male', nationality: 'ML', role: 'RecruiterOrIntermediary', custody: 'pretrialDetention', inCustody: true, charges: [] });
    main = added.body.id;
    for (const secret of SECRETS) expect(JSON.stringify(added.body)).not.toContain(secret);

    // Raw rows, read as a database administrator or a backup would: nothing of the identity in clear.
    const [row] = await h.sql<Record<string, unknown>>('SELECT * FROM defendants WHERE id = $1', [main]);
    const raw = Object.values(row).map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') + v.toString('utf8') : String(v))).join('|');
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
    expect((row.identity_sealed as Buffer)[0]).toBe(1); // the vault's envelope version byte
    const [key] = await h.sql('SELECT key_id, wrapped IS NOT NULL AS wrapped FROM data_keys WHERE subject_id = $1', [main]);
    expect(key).toMatchObject({ wrapped: true });
    const everywhere = await h.sql<{ dump: string }>(
      `SELECT string_agg(t::text, '|') AS dump FROM (
         SELECT payload AS t FROM outbox UNION ALL SELECT details::text FROM audit_log UNION ALL SELECT response::text FROM idempotency_keys
         UNION ALL SELECT request_hash FROM idempotency_keys) x`,
    );
    for (const secret of SECRETS) expect(everywhere[0].dump).not.toContain(secret);

    const events = await eventually(async () => {
      const found = (await h.events<DefendantAddedV1>('prosecution.defendant-added.v1')).filter((e) => e.data.defendantId === main);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(events[0].data).toMatchObject({ caseId, sex: 'male', nationality: 'ML', role: 'RecruiterOrIntermediary', inCustody: true });
    for (const secret of SECRETS) expect(JSON.stringify(events[0])).not.toContain(secret);
  });

  it('replays a retried addition instead of adding the defendant twice', async () => {
    const body = { identity: IDENTITY, sex: 'male', nationality: 'ML', role: 'RecruiterOrIntermediary', custody: 'pretrialDetention' };
    const replay = await addDefendant(body, { 'idempotency-key': 'add-main-2' });
    const again = await addDefendant(body, { 'idempotency-key': 'add-main-2' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(replay.body.id);
    const differentPerson = await addDefendant({ ...body, identity: { ...IDENTITY, givenNames: 'Amadou Sékou' + ' Jr' } }, { 'idempotency-key': 'add-main-2' });
    expect(differentPerson.status).toBe(409);
    const [{ n }] = await h.sql<{ n: string }>('SELECT count(*) AS n FROM defendants WHERE case_id = $1', [caseId]);
    expect(Number(n)).toBe(2);
    version = (await request(casePath(), { token })).body.version;
  });

  it('shows the identity to the prosecutor of the case only, and audits each read', async () => {
    const read = await request(casePath(`/defendants/${main}`), { token });
    expect(read.status).toBe(200);
    expect(read.body.identity).toEqual(IDENTITY);
    const audits = await h.sql('SELECT actor, details FROM audit_log WHERE action = $1 AND resource_id = $2', ['defendant.identity.read', main]);
    expect(audits).toEqual([{ actor: `prosecutor-${OFFICE}`, details: { caseId, erased: false } }]);

    expect((await request(casePath(`/defendants/${main}`), { token: await prosecutor('parquet-tgi-mopti') })).status).toBe(404);
    expect((await request(casePath(`/defendants/${main}`), { token: await coordinator() })).status).toBe(403);
    // The case file lists defendants without identity, even for its own prosecutor.
    const file = await request(casePath(), { token });
    for (const secret of SECRETS) expect(JSON.stringify(file.body)).not.toContain(secret);
  });

  it('refuses an identity-less or malformed defendant field by field', async () => {
    const bad = await addDefendant({ identity: { dateOfBirth: '1979-02-30', identityDocuments: [{ kind: 'tattoo', number: '' }] }, sex: 'x', custody: 'free', nationality: 'XX' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'identity.dateOfBirth:isCalendarDate', 'identity.identityDocuments.0.kind:isIn', 'identity.identityDocuments.0.number:isNotEmpty',
      'identity:atLeastOneOf', 'nationality:isIn', 'sex:isIn',
    ]);
    const identityError = bad.body.errors.find((e: { code: string }) => e.code === 'atLeastOneOf');
    expect(identityError.message).toBe('identity : renseignez au moins l’un de ces champs : familyName, givenNames, aliases.');
    // An alias alone is enough to record a suspect known by nothing else.
    const aliasOnly = await addDefendant({ identity: { aliases: ['Tonton'] }, sex: 'male', custody: 'atLarge' });
    expect(aliasOnly.status).toBe(201);
    accomplice = aliasOnly.body.id;
    version = (await request(casePath(), { token })).body.version;
  });

  it('charges offences with their ICCS codes, each once', async () => {
    const charged = await request(casePath(`/defendants/${main}/charges`), { token, body: { offences: ['traffickingForcedLabour', 'migrantSmuggling'], chargedAt: next() } });
    expect(charged.status).toBe(201);
    expect(charged.body.charges.map((c: { offence: string; iccs: string }) => [c.offence, c.iccs])).toEqual([
      ['traffickingForcedLabour', '02042'], ['migrantSmuggling', '08051'],
    ]);
    const again = await request(casePath(`/defendants/${main}/charges`), { token, body: { offences: ['migrantSmuggling'] } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CHARGE_ALREADY_BROUGHT', details: { offence: 'migrantSmuggling' } });
    const unknown = await request(casePath(`/defendants/${main}/charges`), { token, body: { offences: ['theft'] } });
    expect(unknown.status).toBe(400);
    expect((await request(casePath(`/defendants/${accomplice}/charges`), { token, body: { offences: ['organisedExploitationOfBegging'] } })).status).toBe(201);

    const event = await eventually(async () => {
      const [found] = (await h.events<DefendantChargedV1>('prosecution.defendant-charged.v1')).filter((e) => e.data.defendantId === main);
      expect(found).toBeDefined();
      return found;
    });
    expect(event.data.charges.map((c) => c.iccs)).toEqual(['02042', '08051']);
    version = (await request(casePath(), { token })).body.version;
  });

  let firstJudgment: string;

  it('records a judgment per defendant, warns about a trafficking sentence under the law, and moves the case to judgment', async () => {
    const stray = await request(casePath('/judgments'), { token, body: { instance: 'first', renderedAt: next(), verdicts: [{ defendantId: main, outcome: 'acquitted' }] } });
    expect(stray.status).toBe(409);
    expect(stray.body.code).toBe('STAGE_FORBIDS_JUDGMENT');
    await move('judicialInvestigation');
    await move('committedForTrial');
    await move('trial');

    const mainCharges = (await request(casePath(), { token })).body.defendants.find((d: { id: string }) => d.id === main).charges;
    const trafficking = mainCharges.find((c: { offence: string }) => c.offence === 'traffickingForcedLabour').id;
    const renderedAt = next();
    const judged = await request(casePath('/judgments'), {
      token,
      headers: { 'accept-language': 'en' },
      body: {
        instance: 'first', renderedAt, decisionRef: 'Jugement 2026/88',
        verdicts: [
          { defendantId: main, outcome: 'convicted', convictedOf: [trafficking], sentenceMonths: 36, fineFcfa: 2_000_000, compensationFcfa: 5_000_000 },
          { defendantId: accomplice, outcome: 'acquitted' },
        ],
      },
    });
    expect(judged.status).toBe(201);
    firstJudgment = judged.body.id;
    expect(judged.body.verdicts).toEqual([
      { defendantId: main, outcome: 'convicted', chargeIds: [trafficking], iccs: ['02042'], sentenceMonths: 36, fineFcfa: 2_000_000, compensationFcfa: 5_000_000 },
      expect.objectContaining({ defendantId: accomplice, outcome: 'acquitted', iccs: ['02059'], sentenceMonths: null }),
    ]);
    expect(judged.body.warnings).toEqual([
      expect.objectContaining({ code: 'SENTENCE_OUTSIDE_STATUTORY_RANGE', defendantId: main, sentenceMonths: 36, minMonths: 60, maxMonths: 120 }),
    ]);
    expect(judged.body.warnings[0].message).toMatch(/36 months is outside|\(36 months\) is outside/);

    const after = await request(casePath(), { token });
    expect(after.body).toMatchObject({ stage: 'judgment', stageChangedAt: renderedAt });
    version = after.body.version;

    const event = await eventually(async () => {
      const [found] = (await h.events<JudgmentRenderedV1>('prosecution.judgment-rendered.v1')).filter((e) => e.data.judgmentId === firstJudgment);
      expect(found).toBeDefined();
      return found;
    });
    expect(event.data).toEqual({
      caseId, reference: after.body.reference, officeId: OFFICE, victimRefs: after.body.victimRefs,
      judgmentId: firstJudgment, renderedAt, instance: 'first',
      defendants: [
        { defendantId: main, sex: 'male', nationality: 'ML', charges: ['02042'], outcome: 'convicted', sentenceMonths: 36, fineFcfa: 2_000_000, compensationFcfa: 5_000_000 },
        { defendantId: accomplice, sex: 'male', charges: ['02059'], outcome: 'acquitted' },
      ],
    });
    for (const secret of SECRETS) expect(JSON.stringify(event)).not.toContain(secret);
    const stage = (await h.events<{ caseId: string; to: string }>('prosecution.case-stage-changed.v1')).filter((e) => e.data.caseId === caseId).at(-1);
    expect(stage?.data).toMatchObject({ from: 'trial', to: 'judgment', at: renderedAt });
  });

  it('refuses a second verdict for the same defendant at the same instance', async () => {
    const twice = await request(casePath('/judgments'), { token, body: { instance: 'first', renderedAt: next(), verdicts: [{ defendantId: accomplice, outcome: 'convicted' }] } });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'DEFENDANT_ALREADY_JUDGED', details: { defendantId: accomplice } });
  });

  it('takes the appeal judgment during the appeal, then closes the case', async () => {
    await move('appeal');
    const appeal = await request(casePath('/judgments'), {
      token, body: { instance: 'appeal', renderedAt: next(), verdicts: [{ defendantId: main, outcome: 'convicted', sentenceMonths: 84 }] },
    });
    expect(appeal.status).toBe(201);
    expect(appeal.body.warnings).toEqual([]);
    expect(appeal.body.verdicts[0].iccs).toEqual(['02042', '08051']);
    version = (await request(casePath(), { token })).body.version;
    await move('final');
    const file = await request(casePath(), { token });
    expect(file.body.judgments.map((j: { instance: string }) => j.instance)).toEqual(['first', 'appeal']);
    expect(file.body.judgments[0].warnings[0].message).toMatch(/Loi n° 2012-023/);
    const closed = await addDefendant({ identity: { aliases: ['Late'] }, sex: 'male', custody: 'atLarge' });
    expect(closed.body.code).toBe('CASE_CLOSED');
  });

  it('will not make a judgment final while a charged defendant awaits a verdict', async () => {
    caseId = await caseFor(h, identification('kayes'));
    version = 1;
    const d = await addDefendant({ identity: { aliases: ['Absent'] }, sex: 'female', custody: 'atLarge' });
    await request(casePath(`/defendants/${d.body.id}/charges`), { token, body: { offences: ['traffickingSexualExploitation'] } });
    version = (await request(casePath(), { token })).body.version;
    for (const to of ['committedForTrial', 'trial', 'judgment']) await move(to);
    const refused = await request(casePath('/transitions'), { token, body: { to: 'final', at: next(), version } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'VERDICTS_MISSING', details: { count: 1 } });
    const judged = await request(casePath('/judgments'), { token, body: { instance: 'first', renderedAt: next(), verdicts: [{ defendantId: d.body.id, outcome: 'convicted' }] } });
    expect(judged.body.warnings.map((w: { code: string }) => w.code)).toEqual(['IMPRISONMENT_NOT_RECORDED']);
    version = (await request(casePath(), { token })).body.version;
    await move('final');
  });
});
