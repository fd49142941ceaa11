import { readFileSync } from 'node:fs';
import { startTestService, TestService } from '@relais/testing';
import { DataSource } from 'typeorm';
import { loadStatisticsConfig } from '../src/statistics.config';
import { STATISTICS_SERVICE } from '../src/statistics.service-definition';
import { LoadPopulation } from '../src/use-cases/load-population';

describe('population table: loaded from its versioned file at start-up, idempotently', () => {
  let service: TestService;
  let ds: DataSource;
  const file = readFileSync(loadStatisticsConfig({}).POPULATION_FILE, 'utf8');

  beforeAll(async () => {
    service = await startTestService(STATISTICS_SERVICE);
    ds = service.app.get(DataSource);
  });
  afterAll(() => service?.close());

  const audits = async () => (await ds.query(`SELECT details FROM audit_log WHERE action = 'reference-data.load' ORDER BY id`)) as { details: Record<string, unknown> }[];

  it('holds the census figures after start-up, the missing regions as NULL, and audited the load', async () => {
    const rows: { area: string; sex: string; population: string | null }[] = await ds.query('SELECT area, sex, population FROM population_figures ORDER BY area, sex');
    expect(rows).toHaveLength(3 + 20);
    expect(rows.find((r) => r.area === 'ML' && r.sex === 'all')?.population).toBe('22395489');
    expect(rows.filter((r) => r.population === null).map((r) => r.area)).toEqual(['dioila', 'douentza', 'kidal', 'menaka', 'taoudenit']);
    expect(await audits()).toEqual([{ details: expect.objectContaining({ version: '2022.1', previousVersion: null }) }]);
  });

  it('changes nothing when the same file is loaded again (a restart)', async () => {
    expect(await service.app.get(LoadPopulation).execute(file)).toBe(false);
    expect(await audits()).toHaveLength(1);
  });

  it('replaces the table in one go for a new version, and audits it', async () => {
    const next = JSON.parse(file);
    next.version = '2022.2';
    next.regions.find((r: { region: string }) => r.region === 'kidal').total = 67_739;
    next.regions.find((r: { region: string }) => r.region === 'kidal').source = 'test figure';
    expect(await service.app.get(LoadPopulation).execute(JSON.stringify(next))).toBe(true);
    const [kidal] = await ds.query(`SELECT population, version FROM population_figures WHERE area = 'kidal'`);
    expect(kidal).toEqual({ population: '67739', version: '2022.2' });
    expect((await audits()).map((a) => a.details.version)).toEqual(['2022.1', '2022.2']);
  });

  it('refuses a malformed file without touching the table', async () => {
    await expect(service.app.get(LoadPopulation).execute(JSON.stringify({ name: 'x' }))).rejects.toThrow(/population file is invalid/);
    expect((await ds.query('SELECT count(*)::int AS n FROM population_figures'))[0].n).toBe(23);
  });
});
