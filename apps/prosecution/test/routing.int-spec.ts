import { CASE_STAGES, CaseOpenedV1, CaseTransferredV1, IdentificationCorrected, REGIONS, Region, Topics, VictimIdentified, VictimIdentifiedV1 } from '@relais/contracts';
import { PERSONAL_DATA_FIELDS } from '@relais/observability';
import { eventually, readTopic, request } from '@relais/testing';
import { caseFor, consumerCaughtUp, coordinator, Harness, identification, prosecutor, startProsecution } from './fixture';

// The demo mapping: each region's capital tribunal, the District of Bamako to the specialised pole.
const expectedOffice = (region: Region) => (region === 'bamako' ? 'pole-judiciaire-specialise-bamako' : `parquet-tgi-${region}`);

describe('identifications open a case at the competent office, exactly once', () => {
  let h: Harness;
  const sent: { data: VictimIdentifiedV1; office: string }[] = [];

  beforeAll(async () => {
    h = await startProsecution();
    for (const region of REGIONS) sent.push({ data: identification(region), office: expectedOffice(region) });
    sent.push({ data: identification('koulikoro', { cercle: 'Kati' }), office: 'parquet-tgi-kati' });
    sent.push({ data: identification('koulikoro', { cercle: 'Banamba' }), office: 'parquet-tgi-koulikoro' });

    const started = Date.now();
    const published = [];
    for (const { data } of sent) published.push(await h.publish(VictimIdentified, data));
    // Redelivery as Kafka does it (the same event again) and as a producer retry does it (a new event, same identification).
    for (const event of published.slice(0, 5)) await h.publish(VictimIdentified, event.data, { id: event.id });
    for (const { data } of sent.slice(5, 10)) await h.publish(VictimIdentified, data);
    await eventually(async () => expect(await consumerCaughtUp(h, Topics.IntakeIdentifications)).toBe(true), 60_000, 200);
    const [{ n }] = await h.sql<{ n: string }>('SELECT count(*) AS n FROM cases');
    console.log(`${sent.length} identifications (+10 duplicates) consumed into ${n} cases in ${Date.now() - started} ms`);
  });
  afterAll(() => h?.close());

  it('opens one case per identification, at the office its place maps to', async () => {
    const rows = await h.sql<{ identification_id: string; office_id: string; stage: string; opened_from: string; n: string }>(
      `SELECT i.identification_id, c.office_id, c.stage, c.opened_from, count(*) OVER (PARTITION BY i.identification_id) AS n
         FROM identifications i JOIN cases c ON c.id = i.case_id`,
    );
    expect(rows).toHaveLength(sent.length);
    for (const { data, office } of sent) {
      const row = rows.find((r) => r.identification_id === data.identificationId);
      expect(row).toMatchObject({ office_id: office, stage: 'reportReceived', opened_from: 'identification', n: '1' });
    }
    const [{ cases }] = await h.sql<{ cases: string }>('SELECT count(*) AS cases FROM cases');
    expect(Number(cases)).toBe(sent.length);
    // The five re-sent events were skipped by the inbox; the five new events for old identifications
    // were handled, and the identification's primary key made them open nothing.
    const [{ handled }] = await h.sql<{ handled: string }>(`SELECT count(*) AS handled FROM inbox WHERE event_type = 'intake.victim-identified.v1'`);
    expect(Number(handled)).toBe(sent.length + 5);
  });

  it('announces each case once, keyed by case id, with no personal data', async () => {
    const events = await eventually(async () => {
      const found = await h.events<CaseOpenedV1>('prosecution.case-opened.v1');
      expect(found).toHaveLength(sent.length);
      return found;
    });
    for (const { data, office } of sent) {
      const [event] = events.filter((e) => e.data.identificationIds.includes(data.identificationId));
      expect(event.data).toMatchObject({
        officeId: office, region: data.region, victimRefs: [data.victimRef], identificationIds: [data.identificationId], openedFrom: 'identification',
      });
      expect(event.subject).toBe(event.data.caseId);
    }
    const messages = await readTopic(h.kafka, `${h.service.namespace}${Topics.ProsecutionCases}`);
    for (const m of messages) {
      const event = JSON.parse(m.value!.toString());
      expect(m.key!.toString()).toBe(event.data.caseId);
      for (const field of PERSONAL_DATA_FIELDS) expect(Object.keys(event.data)).not.toContain(field);
    }
  });

  it('records each opening in the audit trail as the system', async () => {
    const audits = await h.sql<{ resource_id: string }>(`SELECT resource_id FROM audit_log WHERE action = 'case.open' AND actor = 'system:prosecution'`);
    expect(audits).toHaveLength(sent.length);
  });

  it("shows each prosecutor their office's cases only, and the coordinator every case", async () => {
    const mopti = await request(h.url('/api/v1/cases'), { token: await prosecutor('parquet-tgi-mopti') });
    expect(mopti.status).toBe(200);
    expect(mopti.body.items).toHaveLength(1);
    expect(mopti.body.items[0]).toMatchObject({ officeId: 'parquet-tgi-mopti', region: 'mopti', stage: 'reportReceived', version: 1 });
    expect(mopti.body).not.toHaveProperty('nextCursor');
    expect(mopti.body).not.toHaveProperty('total');

    const kati = await request(h.url('/api/v1/cases'), { token: await prosecutor('parquet-tgi-kati') });
    expect(kati.body.items.map((c: { cercle: string }) => c.cercle)).toEqual(['Kati']);

    const all = await request(h.url('/api/v1/cases?limit=200'), { token: await coordinator() });
    expect(all.body.items).toHaveLength(sent.length);
    const byRegion = await request(h.url('/api/v1/cases?region=koulikoro'), { token: await coordinator() });
    expect(byRegion.body.items).toHaveLength(3);
    const byOffice = await request(h.url('/api/v1/cases?officeId=pole-judiciaire-specialise-bamako'), { token: await coordinator() });
    expect(byOffice.body.items.map((c: { region: string }) => c.region)).toEqual(['bamako']);
  });

  it('pages the list by cursor, newest first, every case once, and answers the last page without a cursor', async () => {
    const token = await coordinator();
    const all = (await request(h.url('/api/v1/cases?limit=200'), { token })).body.items.map((c: { id: string }) => c.id);
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await request(h.url(`/api/v1/cases?limit=5${cursor ? `&cursor=${cursor}` : ''}`), { token });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((c: { id: string }) => c.id));
      sizes.push(page.body.items.length);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    // Full pages, then what is left: the last page says no more follow.
    expect(sizes).toEqual(Array.from({ length: Math.ceil(sent.length / 5) }, (_, i) => Math.min(5, sent.length - 5 * i)));
    const openedAt = (await request(h.url('/api/v1/cases?limit=200'), { token })).body.items.map((c: { openedAt: string }) => c.openedAt);
    expect(openedAt).toEqual([...openedAt].sort().reverse());
  });

  it("counts the cases at each stage in the caller's scope, every stage present, with the list's filters", async () => {
    const mopti = await request(h.url('/api/v1/cases/counts'), { token: await prosecutor('parquet-tgi-mopti') });
    expect(mopti.status).toBe(200);
    expect(Object.keys(mopti.body.byStage).sort()).toEqual([...CASE_STAGES].sort());
    expect(mopti.body.byStage).toMatchObject({ reportReceived: 1, trial: 0, dismissed: 0 });
    const all = await request(h.url('/api/v1/cases/counts'), { token: await coordinator() });
    expect(all.body.byStage.reportReceived).toBe(sent.length);
    expect(sum(all.body.byStage)).toBe(sent.length);
    const koulikoro = await request(h.url('/api/v1/cases/counts?region=koulikoro'), { token: await coordinator() });
    expect(sum(koulikoro.body.byStage)).toBe(3);
    const kati = await request(h.url('/api/v1/cases/counts?officeId=parquet-tgi-kati&includeMerged=true'), { token: await coordinator() });
    expect(sum(kati.body.byStage)).toBe(1);
    // A prosecutor asking for another office gets their scope's answer for it: nothing.
    const elsewhere = await request(h.url('/api/v1/cases/counts?officeId=parquet-tgi-kati'), { token: await prosecutor('parquet-tgi-mopti') });
    expect(sum(elsewhere.body.byStage)).toBe(0);
  });

  it("falls back to the region's office for a cercle without its own route", async () => {
    const late = identification('gao', { cercle: 'Ansongo' });
    const caseId = await caseFor(h, late);
    const [row] = await h.sql<{ office_id: string }>('SELECT office_id FROM cases WHERE id = $1', [caseId]);
    expect(row.office_id).toBe('parquet-tgi-gao');
  });

  it('keeps the offices of the data file, with its version, in the database', async () => {
    const [version] = await h.sql<{ version: string }>(`SELECT version FROM reference_data WHERE name = 'prosecutor-offices'`);
    expect(version.version).toBe('2026.1-demo');
    const offices = await request(h.url('/api/v1/offices'), { token: await coordinator(), headers: { 'accept-language': 'en' } });
    expect(offices.body.status).toBe('demo');
    const kayes = offices.body.offices.find((o: { id: string }) => o.id === 'parquet-tgi-kayes');
    expect(kayes).toMatchObject({ confirmed: true, places: ['kayes'], court: 'High court (TGI) of Kayes' });
    const [routes] = await h.sql<{ n: string }>('SELECT count(*) AS n FROM office_routes');
    expect(Number(routes.n)).toBe(21);
  });

  it('moves an untouched case when intake corrects the place, and leaves a worked-on case with its prosecutor', async () => {
    const untouched = identification('mopti');
    const worked = identification('mopti');
    const untouchedCase = await caseFor(h, untouched);
    const workedCase = await caseFor(h, worked);
    const moved = await request(h.url(`/api/v1/cases/${workedCase}/transitions`), {
      token: await prosecutor('parquet-tgi-mopti'), body: { to: 'preliminaryInvestigation', at: new Date().toISOString(), version: 1 },
    });
    expect(moved.status).toBe(200);
    for (const data of [untouched, worked]) {
      await h.publish(IdentificationCorrected, {
        identificationId: data.identificationId, victimRef: data.victimRef, correctedAt: new Date().toISOString(), changedFields: ['region', 'cercle'],
        region: 'koulikoro', cercle: 'Kati', forms: data.forms, methodsOfControl: [], needs: data.needs, assessment: data.assessment,
      });
    }
    await eventually(async () => {
      const [row] = await h.sql<{ office_id: string; region: string }>('SELECT office_id, region FROM cases WHERE id = $1', [untouchedCase]);
      expect(row).toEqual({ office_id: 'parquet-tgi-kati', region: 'koulikoro' });
      const audits = await h.sql(`SELECT details->>'result' AS result FROM audit_log WHERE action = 'identification.correct-place' AND resource_id = $1`, [workedCase]);
      expect(audits).toEqual([{ result: 'left-with-prosecutor' }]);
    });
    const [kept] = await h.sql<{ office_id: string }>('SELECT office_id FROM cases WHERE id = $1', [workedCase]);
    expect(kept.office_id).toBe('parquet-tgi-mopti');
    const [place] = await h.sql('SELECT region, cercle FROM identifications WHERE identification_id = $1', [worked.identificationId]);
    expect(place).toEqual({ region: 'koulikoro', cercle: 'Kati' });
    const transfers = await eventually(async () => {
      const found = (await h.events<CaseTransferredV1>('prosecution.case-transferred.v1')).filter((e) => e.data.caseId === untouchedCase);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(transfers[0].data).toMatchObject({ fromOfficeId: 'parquet-tgi-mopti', officeId: 'parquet-tgi-kati' });
  });

  it('filters the list and the counts by stage and by opening day', async () => {
    const coord = await coordinator();
    const today = new Date().toISOString().slice(0, 10);
    const ids = async (query: string) => (await request(h.url(`/api/v1/cases?limit=200&${query}`), { token: coord })).body.items.map((c: { id: string }) => c.id);
    const counts = async (query: string) => (await request(h.url(`/api/v1/cases/counts?${query}`), { token: coord })).body.byStage;
    const all = await ids('');
    const byStage = await counts('');
    expect(sum(byStage)).toBe(all.length);
    expect(byStage).toMatchObject({ reportReceived: all.length - 1, preliminaryInvestigation: 1 });
    expect(await ids('stage=preliminaryInvestigation')).toHaveLength(1);
    expect(await ids('stage=reportReceived,preliminaryInvestigation')).toEqual(all);
    expect(await ids(`openedFrom=${today}&openedTo=${today}`)).toEqual(all);
    expect(await counts(`openedFrom=${today}&openedTo=${today}`)).toEqual(byStage);
    expect(await ids('openedTo=2020-01-01')).toEqual([]);
    expect(sum(await counts('openedTo=2020-01-01'))).toBe(0);
  });
});

const sum = (byStage: Record<string, number>) => Object.values(byStage).reduce((a, b) => a + b, 0);
