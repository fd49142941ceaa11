import { request, startTestService, testKafka, TestService, tokenFor, eventually } from '@relais/testing';
import { DataSource } from 'typeorm';
import { recoverableCells } from '../src/domain/disclosure/intruder';
import { ACCEPTANCE_CUBE, JUDGMENTS_CUBE, PERSONS_CUBE, REFERRALS_CUBE, VICTIMS_CUBE } from '../src/persistence/cube-specs';
import { STATISTICS_SERVICE } from '../src/statistics.service-definition';
import { publishAll, scenario } from './scenario';
import { expectJudgmentFactsFromScratch, expectTotalsEqualFacts, TotalsCase } from './totals';

jest.setTimeout(180_000);

type Row = Record<string, unknown>;

describe('statistics from a known year of events (real Kafka and Postgres)', () => {
  let service: TestService;
  let coordinator: string;
  let statistician: string;
  let officer: string;

  const get = (path: string, token?: string, headers: Record<string, string> = {}) => request(`${service.url}${path}`, { token, headers });
  const rowsOf = async (path: string, token = coordinator): Promise<Row[]> => {
    const res = await get(path, token);
    expect(res.status).toBe(200);
    return res.body.rows;
  };
  /** `{ key(row): row[field] }` for compact assertions. */
  const byKey = (rows: Row[], keys: string[], field = 'count') => Object.fromEntries(rows.map((r) => [keys.map((k) => String(r[k])).join('/'), r[field]]));

  beforeAll(async () => {
    service = await startTestService(STATISTICS_SERVICE);
    [coordinator, statistician, officer] = await Promise.all([
      tokenFor({ sub: 'coord-1', roles: ['coordinator'] }),
      tokenFor({ sub: 'stat-1', roles: ['statistician'] }),
      tokenFor({ sub: 'officer-1', roles: ['police_officer'], unitId: 'unit-1' }),
    ]);
    const { items, distinctIds } = scenario();
    await publishAll(testKafka(), service.namespace, items);
    const ds = service.app.get(DataSource);
    await eventually(async () => {
      const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM inbox');
      expect(n).toBe(distinctIds);
    }, 60_000, 200);
  });
  afterAll(() => service?.close());

  describe('exact counts (coordinator, statistician)', () => {
    it('counts victims by region, once each despite duplicates, with the latest correction winning', async () => {
      const rows = await rowsOf('/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31&groupBy=region');
      // In the vocabulary's order of regions.
      expect(rows).toEqual([
        { region: 'segou', count: 1 },
        { region: 'mopti', count: 11 },
        { region: 'kidal', count: 3 },
        { region: 'bamako', count: 6 },
      ]);
    });

    it('counts by month and sex, by form and by nationality (a person once per form or nationality)', async () => {
      const months = await rowsOf('/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31&period=month&groupBy=sex', statistician);
      expect(byKey(months, ['period', 'sex'])).toEqual({ '2025-03/female': 7, '2025-03/male': 5, '2025-06/female': 3, '2025-11/male': 6 });
      const forms = await rowsOf('/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31&groupBy=form');
      expect(byKey(forms, ['form'])).toEqual({ ForcedLabour: 12, SexualExploitation: 4, ForcedBegging: 4, MigrantSmuggling: 2 });
      const nationalities = await rowsOf('/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31&groupBy=nationality');
      expect(byKey(nationalities, ['nationality'])).toEqual({ BF: 1, ML: 18, NE: 3 });
      const quarters = await rowsOf('/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31&period=quarter&groupBy=minor,institution');
      expect(byKey(quarters, ['period', 'minor', 'institution'])).toEqual({ '2025-Q1/true/police': 4, '2025-Q1/false/police': 8, '2025-Q2/false/gendarmerie': 3, '2025-Q4/false/police': 6 });
    });

    it('counts the days at the edges of a range from the facts, the whole months from the totals', async () => {
      const rows = await rowsOf('/api/v1/statistics/victims?from=2025-03-05&to=2025-11-04&groupBy=region');
      expect(byKey(rows, ['region'])).toEqual({ mopti: 9, segou: 1, kidal: 3, bamako: 2 });
      const total = await rowsOf('/api/v1/statistics/victims?from=2025-03-05&to=2025-11-04');
      expect(total).toEqual([{ count: 15 }]);
    });

    it('reports referrals by need with outcomes, deadlines and nearest-rank percentiles of hours to acceptance', async () => {
      const rows = await rowsOf('/api/v1/statistics/referrals?from=2025-01-01&to=2025-12-31&groupBy=need');
      expect(rows).toEqual([
        { need: 'shelter', count: 2, accepted: 1, declined: 1, escalated: 1, overdue: 0, closed: 0, acceptedWithinDeadline: 1, shareAcceptedWithinDeadline: 0.5, medianHoursToAcceptance: 8, p90HoursToAcceptance: 8 },
        { need: 'medical', count: 1, accepted: 0, declined: 0, escalated: 1, overdue: 1, closed: 0, acceptedWithinDeadline: 0, shareAcceptedWithinDeadline: 0, medianHoursToAcceptance: null, p90HoursToAcceptance: null },
        // 5, 10, 20, 30 hours: rank ceil(0.5 * 4) = 2 -> 10; rank ceil(0.9 * 4) = 4 -> 30. The 30 h one missed its 25 h deadline.
        { need: 'childProtection', count: 4, accepted: 4, declined: 0, escalated: 0, overdue: 0, closed: 1, acceptedWithinDeadline: 3, shareAcceptedWithinDeadline: 0.75, medianHoursToAcceptance: 10, p90HoursToAcceptance: 30 },
      ]);
      const statuses = await rowsOf('/api/v1/statistics/referrals?from=2025-01-01&to=2025-12-31&groupBy=status');
      expect(byKey(statuses, ['status'])).toEqual({ accepted: 4, declined: 1, escalated: 1, closed: 1 });
      // The one decline (no capacity); the other six referrals were not declined.
      const reasons = await rowsOf('/api/v1/statistics/referrals?from=2025-01-01&to=2025-12-31&groupBy=declineReason');
      expect(byKey(reasons, ['declineReason'])).toEqual({ noCapacity: 1, none: 6 });
      expect(byKey(reasons, ['declineReason'], 'declined')).toEqual({ noCapacity: 1, none: 0 });
      const all = await rowsOf('/api/v1/statistics/referrals?from=2025-01-01&to=2025-12-31');
      // 5, 8, 10, 20, 30 -> median rank 3 = 10, p90 rank 5 = 30.
      expect(all[0]).toMatchObject({ count: 7, accepted: 5, medianHoursToAcceptance: 10, p90HoursToAcceptance: 30 });
    });

    it('reports persons at each GLOTIP stage, by sex and by ICCS code, whatever order the case events came in', async () => {
      const bySex = await rowsOf('/api/v1/statistics/prosecutions?from=2025-01-01&to=2025-12-31&groupBy=sex');
      // count: persons brought into formal contact (recorded as defendant), the first GLOTIP stage.
      expect(bySex).toEqual([
        { sex: 'female', count: 1, prosecuted: 1, convicted: 0, acquitted: 1 },
        { sex: 'male', count: 2, prosecuted: 1, convicted: 1, acquitted: 0 },
      ]);
      const byCode = await rowsOf('/api/v1/statistics/prosecutions?measure=persons&from=2025-01-01&to=2025-12-31&groupBy=iccs,nationality');
      expect(byKey(byCode, ['iccs', 'nationality'])).toEqual({ '02042/ML': 1, '02059/BF': 1, 'none/unknown': 1 });
    });

    it('reports cases, sentences, hearings and days from identification to judgment (merged case included)', async () => {
      const cases = await rowsOf('/api/v1/statistics/prosecutions?measure=cases&from=2025-01-01&to=2025-12-31&groupBy=region,office,caseStage');
      expect(cases).toEqual([
        { region: 'mopti', office: 'parquet-bamako', caseStage: 'judgment', count: 1 },
        { region: 'kidal', office: 'parquet-kidal', caseStage: 'reportReceived', count: 1 },
      ]);
      const sentences = await rowsOf('/api/v1/statistics/prosecutions?measure=sentences&from=2025-01-01&to=2025-12-31&groupBy=sentenceBand');
      expect(sentences).toEqual([{ sentenceBand: '60-119', count: 1 }]);
      const hearings = await rowsOf('/api/v1/statistics/prosecutions?measure=hearings&from=2025-01-01&to=2025-12-31&groupBy=hearingKind');
      expect(hearings).toEqual([{ hearingKind: 'trial', count: 1 }]);
      // Days: M3..M0 193, 194, 195, 196 (identified 3-6 March, judged 15 September); K0 97 (through the merged case).
      const days = await rowsOf('/api/v1/statistics/prosecutions?measure=timeToJudgment&from=2025-01-01&to=2025-12-31');
      expect(days).toEqual([{ count: 5, medianDays: 194, p90Days: 196 }]);
      const byMinor = await rowsOf('/api/v1/statistics/prosecutions?measure=timeToJudgment&from=2025-01-01&to=2025-12-31&groupBy=minor');
      expect(byMinor).toEqual([{ minor: true, count: 4, medianDays: 194, p90Days: 196 }, { minor: false, count: 1, medianDays: 97, p90Days: 97 }]);
    });

    it('gives SDG 16.2.2 with the population used, or says why a rate is unavailable, and the headline figures', async () => {
      const bySex = await rowsOf('/api/v1/statistics/indicators?year=2025&groupBy=sex');
      const sdg = bySex.filter((r) => r.indicator === 'sdg-16.2.2');
      expect(sdg).toEqual([
        { indicator: 'sdg-16.2.2', sex: 'female', count: 10, population: 11_138_934, ratePer100k: 0.09, denominator: 'nationalBySex', note: expect.stringContaining('RGPH5 2022') },
        // Two Bamako men are victims of migrant smuggling only: not trafficking, not counted.
        { indicator: 'sdg-16.2.2', sex: 'male', count: 9, population: 11_256_555, ratePer100k: 0.08, denominator: 'nationalBySex', note: expect.stringContaining('RGPH5 2022') },
      ]);
      const headline = Object.fromEntries(bySex.filter((r) => r.indicator !== 'sdg-16.2.2').map((r) => [r.indicator, r.value]));
      expect(headline).toEqual({
        victimsIdentified: 21, childVictimsIdentified: 4, referralsMade: 7, victimsReferred: 6, referralsAccepted: 5,
        referralsAcceptedWithinDeadline: 4, needsWithoutAgency: 1, casesOpened: 2, personsProsecuted: 2, personsConvicted: 1,
        personsAcquitted: 1, medianHoursToAcceptance: 10,
      });
      const byRegion = (await rowsOf('/api/v1/statistics/indicators?year=2025&groupBy=region')).filter((r) => r.indicator === 'sdg-16.2.2');
      expect(byKey(byRegion, ['region'], 'ratePer100k')).toEqual({ mopti: 1.18, segou: 0.04, kidal: null, bamako: 0.09 });
      expect(byRegion.find((r) => r.region === 'kidal')).toMatchObject({ count: 3, population: null, denominator: null, note: expect.stringMatching(/indisponible/) });
      const byAge = (await rowsOf('/api/v1/statistics/indicators?year=2025&groupBy=ageGroup')).filter((r) => r.indicator === 'sdg-16.2.2');
      expect(byAge.every((r) => r.ratePer100k === null && r.population === null)).toBe(true);
      const byForm = (await rowsOf('/api/v1/statistics/indicators?year=2025&groupBy=form')).filter((r) => r.indicator === 'sdg-16.2.2');
      expect(byKey(byForm, ['form'])).toEqual({ ForcedLabour: 12, SexualExploitation: 4, ForcedBegging: 4 });
    });

    it('exports the GLOTIP layout: every cell, zeros included, trafficking charges only', async () => {
      const rows = await rowsOf('/api/v1/statistics/exports/glotip?year=2025');
      const victims = rows.filter((r) => r.section === 'victims');
      // 3 sexes x child/adult x the 8 GLOTIP forms (migrant smuggling is not one).
      expect(victims).toHaveLength(3 * 2 * 8);
      const nonZero = Object.fromEntries(victims.filter((r) => r.count !== 0).map((r) => [`${r.sex}/${r.ageGroup}/${r.form}`, r.count]));
      expect(nonZero).toEqual({
        'female/child/begging': 2, 'male/child/begging': 2, 'female/adult/forcedLabour': 5, 'female/adult/sexualExploitation': 4, 'male/adult/forcedLabour': 7,
      });
      const persons = rows.filter((r) => r.section === 'persons' && r.count !== 0);
      expect(persons).toEqual([
        { section: 'persons', stage: 'prosecuted', sex: 'male', citizenship: 'national', count: 1 },
        { section: 'persons', stage: 'convicted', sex: 'male', citizenship: 'national', count: 1 },
      ]);
    });

    it('gives the same counts from the monthly totals as from the facts, for any dimensions and range', async () => {
      const cases: TotalsCase[] = [
        [VICTIMS_CUBE, [], ['n']], [VICTIMS_CUBE, ['region', 'sex'], ['n']], [VICTIMS_CUBE, ['form', 'ageGroup'], ['n']],
        [VICTIMS_CUBE, ['nationality', 'minor'], ['n']], [VICTIMS_CUBE, ['region', 'nationality'], ['n']], [VICTIMS_CUBE, ['sex', 'minor', 'glotipForm'], ['n']],
        [REFERRALS_CUBE, ['need', 'status'], Object.keys(REFERRALS_CUBE.measures)], [REFERRALS_CUBE, ['agencyType', 'region'], ['n', 'accepted']], [REFERRALS_CUBE, ['declineReason', 'need'], ['n', 'declined']],
        [ACCEPTANCE_CUBE, ['need', 'hours'], ['n']], [ACCEPTANCE_CUBE, ['hours'], ['n']], [ACCEPTANCE_CUBE, ['region', 'sex', 'minor', 'hours'], ['n']],
        [PERSONS_CUBE, [], Object.keys(PERSONS_CUBE.measures)], [PERSONS_CUBE, ['sex', 'nationality'], Object.keys(PERSONS_CUBE.measures)],
        [PERSONS_CUBE, ['iccs'], Object.keys(PERSONS_CUBE.measures)], [PERSONS_CUBE, ['nationality', 'iccs'], ['n', 'convicted']],
        [PERSONS_CUBE, ['sex', 'nationality', 'trafficking'], ['prosecuted', 'convicted']],
        [JUDGMENTS_CUBE, ['days'], ['n']], [JUDGMENTS_CUBE, ['region', 'minor', 'days'], ['n']], [JUDGMENTS_CUBE, ['region', 'sex', 'minor', 'days'], ['n']],
      ];
      const ranges = [{ from: '2025-01-01', to: '2025-12-31' }, { from: '2025-03-04', to: '2025-06-11' }, { from: '2024-12-15', to: '2025-03-31' }, { from: '2025-04-02', to: '2025-09-30' }];
      await expectTotalsEqualFacts(service, cases, ranges);
      // The victims' first judgments, kept up to date from events in any order, equal a computation from scratch.
      await expectJudgmentFactsFromScratch(service);
      expect((await service.app.get(DataSource).query('SELECT count(*)::int AS n FROM judgment_facts'))[0].n).toBe(5);
    });
  });

  describe('protected tables (other roles, and the public mirror)', () => {
    it('shows counts under 5 as <5 and hides complements so that totals give nothing back', async () => {
      const exact = await rowsOf('/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31&groupBy=region');
      const res = await get('/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31&groupBy=region', officer);
      expect(res.status).toBe(200);
      expect(res.body.disclosure).toEqual({ exact: false, threshold: 5, hiddenAll: false });
      const shown = byKey(res.body.rows, ['region']);
      expect(shown).toMatchObject({ mopti: 11, bamako: 6, segou: '<5', kidal: '<5' });
      // Replay the reader: every region (zeros included), what is shown, and the totals another query gives.
      const regions = ['kayes', 'koulikoro', 'sikasso', 'segou', 'mopti', 'tombouctou', 'gao', 'kidal', 'taoudenit', 'menaka', 'nioro', 'kita', 'dioila', 'nara', 'bougouni', 'koutiala', 'san', 'douentza', 'bandiagara', 'bamako'];
      const values = regions.map((r) => Number(byKey(exact, ['region'])[r] ?? 0));
      const hidden = regions.map((r) => typeof shown[r] === 'string');
      // Ségou (1) and Kidal (3) cover each other: the reader learns only that they add up to 4.
      expect(hidden.filter(Boolean).length).toBeGreaterThanOrEqual(2);
      expect(recoverableCells([regions.length], values, hidden, { threshold: 5, margins: 'exact' }).some(Boolean)).toBe(false);
      for (const r of regions) if (!hidden[regions.indexOf(r)]) expect(shown[r] ?? 0).toBe(values[regions.indexOf(r)]);
    });

    it('serves the same protected tables without a token on the public mirror, and exact ones to no one there', async () => {
      const path = 'victims?from=2025-01-01&to=2025-12-31&period=month&groupBy=sex';
      const authenticated = await get(`/api/v1/statistics/${path}`, officer);
      const published = await get(`/api/v1/public/statistics/${path}`);
      expect(published.status).toBe(200);
      expect(published.body).toEqual(authenticated.body);
      expect(byKey(published.body.rows, ['period', 'sex'])).toMatchObject({ '2025-06/female': '<5' });
      const withToken = await get(`/api/v1/public/statistics/${path}`, coordinator);
      expect(withToken.body.disclosure.exact).toBe(false);
    });

    it('publishes whole, completed months only, so two queries a day apart give the same numbers', async () => {
      const on = (from: string, to: string) => get(`/api/v1/public/statistics/victims?from=${from}&to=${to}&groupBy=sex`);
      const [a, b, whole] = await Promise.all([on('2025-03-10', '2025-06-14'), on('2025-03-11', '2025-06-13'), on('2025-03-01', '2025-06-30')]);
      expect(a.status).toBe(200);
      expect(a.body).toEqual(b.body);
      expect(a.body.coverage).toEqual({ from: '2025-03-01', to: '2025-06-30', snapped: true });
      expect(a.headers.get('x-relais-coverage')).toBe('2025-03-01/2025-06-30; snapped');
      expect(a.body.rows).toEqual(whole.body.rows);
      expect(whole.body.coverage.snapped).toBe(false);
      const month = new Date().toISOString().slice(0, 7);
      const current = await get(`/api/v1/public/statistics/victims?from=${month}-01`);
      expect([current.status, current.body.code]).toEqual([400, 'NOTHING_PUBLISHED_YET']);
      expect((await get(`/api/v1/public/statistics/indicators?year=${month.slice(0, 4)}`)).body.code).toBe('NOTHING_PUBLISHED_YET');
      // Exact views (coordinator, statistician) keep any day.
      const exact = await get('/api/v1/statistics/victims?from=2025-03-10&to=2025-06-14&groupBy=sex', coordinator);
      expect(exact.body.coverage).toEqual({ from: '2025-03-10', to: '2025-06-14', snapped: false });
    });

    it('hides a median over fewer than 5 acceptances, and a share whose terms are hidden', async () => {
      const rows = await rowsOf('/api/v1/public/statistics/referrals?from=2025-01-01&to=2025-12-31&groupBy=need');
      for (const row of rows) {
        expect(['x', null]).toContain(row.medianHoursToAcceptance);
        expect(['x', null]).toContain(row.shareAcceptedWithinDeadline);
      }
      const indicators = await rowsOf('/api/v1/public/statistics/indicators?year=2025&groupBy=region');
      expect(indicators.find((r) => r.region === 'segou')).toMatchObject({ count: '<5', ratePer100k: 'x', population: 2_455_263 });
      expect(indicators.find((r) => r.indicator === 'personsConvicted')).toEqual({ indicator: 'personsConvicted', value: '<5' });
      expect(indicators.find((r) => r.indicator === 'victimsIdentified')).toEqual({ indicator: 'victimsIdentified', value: 21 });
    });

    it('protects each section of the GLOTIP export', async () => {
      const rows = await rowsOf('/api/v1/public/statistics/exports/glotip?year=2025');
      expect(rows.filter((r) => r.section === 'victims')).toHaveLength(48);
      expect(rows.find((r) => r.section === 'persons' && r.stage === 'convicted' && r.sex === 'male' && r.citizenship === 'national')?.count).toBe('<5');
      expect(rows.some((r) => typeof r.count === 'number' && r.count > 0 && r.count < 5)).toBe(false);
    });
  });

  describe('CSV', () => {
    it('answers every endpoint in CSV with Accept: text/csv', async () => {
      const res = await get('/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31&period=month&groupBy=sex', coordinator, { accept: 'text/csv' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toContain('relais-victims.csv');
      expect(res.body).toBe('period,sex,count\r\n2025-03,female,7\r\n2025-03,male,5\r\n2025-06,female,3\r\n2025-11,male,6\r\n');
      const referrals = await get('/api/v1/public/statistics/referrals?from=2025-01-01&to=2025-12-31&groupBy=need', undefined, { accept: 'text/csv' });
      expect(referrals.body.split('\r\n')[0]).toBe('need,count,accepted,declined,escalated,overdue,closed,acceptedWithinDeadline,shareAcceptedWithinDeadline,medianHoursToAcceptance,p90HoursToAcceptance');
      expect(referrals.headers.get('x-relais-disclosure')).toBe('protected; threshold=5');
      for (const path of ['prosecutions?year=2025'.replace('year=2025', 'from=2025-01-01'), 'indicators?year=2025', 'exports/glotip?year=2025']) {
        const csv = await get(`/api/v1/statistics/${path}`, statistician, { accept: 'text/csv' });
        expect(csv.status).toBe(200);
        expect(typeof csv.body).toBe('string');
        expect(csv.body.split('\r\n').length).toBeGreaterThan(2);
      }
    });

    it('refuses a format it cannot produce', async () => {
      const res = await get('/api/v1/statistics/victims', coordinator, { accept: 'application/xml' });
      expect(res.status).toBe(406);
      expect(res.body.code).toBe('NOT_ACCEPTABLE');
    });
  });

  describe('one region, asked of the server', () => {
    it('counts victims, referrals, cases and time to judgment of one region only, from the totals as from the facts', async () => {
      expect(await rowsOf('/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31&region=mopti')).toEqual([{ count: 11 }]);
      const bySex = await rowsOf('/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31&groupBy=sex&region=mopti');
      expect(byKey(bySex, ['sex'])).toEqual({ female: 7, male: 4 });
      // Edge days from the facts, whole months from the totals: 5-12 March (8 of the 11).
      expect(await rowsOf('/api/v1/statistics/victims?from=2025-03-05&to=2025-03-12&region=mopti')).toEqual([{ count: 8 }]);
      const referrals = await rowsOf('/api/v1/statistics/referrals?from=2025-01-01&to=2025-12-31&groupBy=need&region=kidal');
      expect(byKey(referrals, ['need'])).toEqual({ medical: 1 });
      const declines = await rowsOf('/api/v1/statistics/referrals?from=2025-01-01&to=2025-12-31&groupBy=declineReason&region=mopti');
      expect(byKey(declines, ['declineReason'], 'declined')).toEqual({ noCapacity: 1, none: 0 });
      expect(await rowsOf('/api/v1/statistics/prosecutions?measure=cases&from=2025-01-01&to=2025-12-31&region=kidal')).toEqual([{ count: 1 }]);
      // The victims' region: the four Mopti children (K0 is from Kidal).
      const days = await rowsOf('/api/v1/statistics/prosecutions?measure=timeToJudgment&from=2025-01-01&to=2025-12-31&region=mopti');
      expect(days).toEqual([{ count: 4, medianDays: 194, p90Days: 196 }]);
      const cases: TotalsCase[] = [
        [VICTIMS_CUBE, ['sex'], ['n'], { region: 'mopti' }], [VICTIMS_CUBE, ['form'], ['n'], { region: 'bamako' }],
        [REFERRALS_CUBE, ['declineReason'], ['n', 'declined'], { region: 'mopti' }], [REFERRALS_CUBE, ['need'], ['n', 'accepted'], { region: 'kidal' }],
        [ACCEPTANCE_CUBE, ['hours'], ['n'], { region: 'mopti' }], [JUDGMENTS_CUBE, ['days'], ['n'], { region: 'mopti' }],
      ];
      await expectTotalsEqualFacts(service, cases, [{ from: '2025-01-01', to: '2025-12-31' }, { from: '2025-03-04', to: '2025-06-11' }]);
    });
  });

  describe("a prosecutor's office, for its own figures", () => {
    const prosecutor = (jurisdiction?: string) => tokenFor({ sub: `pros-${jurisdiction ?? 'none'}`, roles: ['prosecutor'], ...(jurisdiction ? { jurisdiction } : {}) });
    const range = 'from=2025-01-01&to=2025-12-31';

    it('gives each office only the counts of the cases it holds (a transfer moves them), exactly', async () => {
      // C1 (three defendants, a hearing, the judgment of five victims) was transferred from Mopti to Bamako; C2 is Kidal's.
      const [bamako, kidal, mopti] = await Promise.all([prosecutor('parquet-bamako'), prosecutor('parquet-kidal'), prosecutor('parquet-mopti')]);
      const persons = await get(`/api/v1/statistics/prosecutions?${range}&groupBy=sex`, bamako);
      expect(persons.status).toBe(200);
      expect(persons.body.disclosure.exact).toBe(true);
      expect(persons.body.rows).toEqual([
        { sex: 'female', count: 1, prosecuted: 1, convicted: 0, acquitted: 1 },
        { sex: 'male', count: 2, prosecuted: 1, convicted: 1, acquitted: 0 },
      ]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?${range}&groupBy=sex`, kidal)).toEqual([]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=cases&${range}&groupBy=office`, bamako)).toEqual([{ office: 'parquet-bamako', count: 1 }]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=cases&${range}&groupBy=office`, kidal)).toEqual([{ office: 'parquet-kidal', count: 1 }]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=cases&${range}`, mopti)).toEqual([]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=sentences&${range}`, bamako)).toEqual([{ count: 1 }]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=sentences&${range}`, kidal)).toEqual([]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=hearings&${range}`, bamako)).toEqual([{ count: 1 }]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=hearings&${range}`, kidal)).toEqual([]);
      // K0 was judged through C2's merge into C1: Bamako's judgment.
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=timeToJudgment&${range}`, bamako)).toEqual([{ count: 5, medianDays: 194, p90Days: 196 }]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=timeToJudgment&${range}`, kidal)).toEqual([]);
      // Naming their own office changes nothing; the coordinator may name any.
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=cases&${range}&office=parquet-kidal`, kidal)).toEqual([{ count: 1 }]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?measure=cases&${range}&office=parquet-kidal`)).toEqual([{ count: 1 }]);
      expect(await rowsOf(`/api/v1/statistics/prosecutions?${range}&office=parquet-kidal`)).toEqual([]);
    });

    it("refuses another office's figures, and a prosecutor without an office, with 403", async () => {
      const other = await get(`/api/v1/statistics/prosecutions?measure=cases&${range}&office=parquet-bamako`, await prosecutor('parquet-kidal'));
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('OFFICE_OUTSIDE_JURISDICTION');
      const none = await get(`/api/v1/statistics/prosecutions?${range}`, await prosecutor());
      expect(none.status).toBe(403);
      expect(none.body.code).toBe('JURISDICTION_REQUIRED');
    });
  });

  describe('bad requests: 400 field by field, in French or English', () => {
    it.each([
      ['/api/v1/statistics/victims?groupBy=region,planet', 'groupBy', 'isIn'],
      ['/api/v1/statistics/victims?groupBy=region,region', 'groupBy', 'arrayUnique'],
      ['/api/v1/statistics/victims?groupBy=region,sex,ageGroup,form,minor', 'groupBy', 'arrayMaxSize'],
      ['/api/v1/statistics/victims?from=2025-02-30', 'from', 'isCalendarDate'],
      ['/api/v1/statistics/victims?from=yesterday', 'from', 'isCalendarDate'],
      ['/api/v1/statistics/victims?from=2025-06-01&to=2025-01-01', 'to', 'isRangeEnd'],
      ['/api/v1/statistics/victims?from=1990-01-01&to=2025-01-01', 'from', 'isCalendarDate'],
      ['/api/v1/statistics/victims?period=week', 'period', 'isIn'],
      ['/api/v1/statistics/victims?region=atlantis', 'region', 'isIn'],
      ['/api/v1/statistics/victims?place=mopti', 'place', 'whitelistValidation'],
      ['/api/v1/statistics/prosecutions?measure=persons&region=mopti', 'region', 'regionOfMeasure'],
      ['/api/v1/statistics/prosecutions?office=%3Bdrop', 'office', 'matches'],
      ['/api/v1/statistics/referrals?groupBy=form', 'groupBy', 'isIn'],
      ['/api/v1/statistics/prosecutions?measure=cases&groupBy=sex', 'groupBy', 'dimensionOfMeasure'],
      ['/api/v1/statistics/prosecutions?measure=everything', 'measure', 'isIn'],
      ['/api/v1/statistics/indicators?year=20x5', 'year', 'isInt'],
      ['/api/v1/statistics/indicators?groupBy=nationality', 'groupBy', 'isIn'],
      ['/api/v1/public/statistics/exports/glotip?year=1999', 'year', 'min'],
    ])('%s -> %s (%s)', async (path, field, code) => {
      const res = await get(path, coordinator);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    });

    it('names every failing field at once, in the caller\'s language', async () => {
      const fr = await get('/api/v1/statistics/victims?from=2025-13-01&period=week', coordinator);
      expect(fr.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'period']);
      expect(fr.body.errors.find((e: { field: string }) => e.field === 'from').message).toMatch(/doit être une date/);
      const en = await get('/api/v1/statistics/victims?from=2025-13-01', coordinator, { 'accept-language': 'en' });
      expect(en.body.errors[0].message).toMatch(/must be a date/);
    });

    it('asks for a token on the internal routes, and for none on the public mirror', async () => {
      expect((await get('/api/v1/statistics/victims')).status).toBe(401);
      expect((await get('/api/v1/public/statistics/victims')).status).toBe(200);
    });

    it('refuses a protected table too detailed to protect, with a typed error', async () => {
      const res = await get('/api/v1/public/statistics/victims?from=2000-01-01&to=2024-12-31&period=month&groupBy=region,form,ageGroup');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'TABLE_TOO_DETAILED', details: { max: 50000 } });
    });
  });
});
