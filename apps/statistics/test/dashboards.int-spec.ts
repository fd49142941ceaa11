import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, dropTestDatabase, startTestService, TestService, tokenFor } from '@relais/testing';
import { loadStatisticsConfig } from '../src/statistics.config';
import { STATISTICS_SERVICE } from '../src/statistics.service-definition';

/** The dashboard files as the service serves them, and the start-up that refuses a bad one. */
describe('dashboards', () => {
  let service: TestService;
  const shipped = loadStatisticsConfig({}).DASHBOARDS_DIR;

  beforeAll(async () => {
    service = await startTestService(STATISTICS_SERVICE);
  });
  afterAll(() => service?.close());

  it('serves the public dashboards to anyone, with when the figures were last updated', async () => {
    const res = await fetch(`${service.url}/api/v1/public/dashboards`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { dashboards: { id: string; sections: { charts: { path: string }[] }[] }[]; updatedAt: string | null };
    expect(body.dashboards.map((d) => d.id)).toEqual(['public']);
    expect(body.dashboards[0].sections[0].charts[0]).toMatchObject({ id: 'victims-by-month', path: 'statistics/victims', params: { period: 'month' } });
    expect(body.updatedAt).toBeNull(); // no event taken in yet
  });

  it('serves the signed-in dashboards by role, and only with a token', async () => {
    expect((await fetch(`${service.url}/api/v1/dashboards`)).status).toBe(401);
    const ids = async (roles: string[]) => {
      const res = await fetch(`${service.url}/api/v1/dashboards`, { headers: { authorization: `Bearer ${await tokenFor({ sub: 'u-1', roles: roles as never })}` } });
      return ((await res.json()) as { dashboards: { id: string }[] }).dashboards.map((d) => d.id);
    };
    expect(await ids(['statistician'])).toEqual(['action-plan', 'public']);
    expect(await ids(['prosecutor'])).toEqual(['action-plan', 'public']);
    expect(await ids(['agency_caseworker'])).toEqual(['public']);
  });

  it('does not start with a dashboard file naming an unknown indicator, and says which file and chart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relais-dashboards-'));
    const file = JSON.parse(readFileSync(join(shipped, 'public.json'), 'utf8'));
    file.sections[0].charts[2].indicator = 'victimz';
    writeFileSync(join(dir, 'public.json'), JSON.stringify(file));
    const databaseUrl = await createTestDatabase('statistics');
    try {
      await expect(startTestService(STATISTICS_SERVICE, { databaseUrl, env: { DASHBOARDS_DIR: dir } })).rejects.toThrow(
        'Dashboard file public.json, chart "victims-by-form" (sections[0].charts[2]): unknown indicator "victimz"; known: victims, referrals,',
      );
    } finally {
      await dropTestDatabase(databaseUrl);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
