import { eventually, readTopic, request, startTestService, testKafka, TestService, tokenFor } from '@relais/testing';
import { DataSource } from 'typeorm';
import { CubeStore } from '../src/persistence/cube-store';
import { PROJECTION_TABLES, REBUILD_SCHEMA } from '../src/persistence/read-model';
import { STATISTICS_SERVICE } from '../src/statistics.service-definition';
import { RebuildProjections } from '../src/use-cases/rebuild-projections';
import { lateIdentification, publishAll, scenario } from './scenario';

jest.setTimeout(240_000);

const ENDPOINTS = [
  'victims?from=2025-01-01&to=2025-12-31&period=month&groupBy=region,sex',
  'victims?from=2025-03-05&to=2025-11-04&groupBy=form,nationality',
  'referrals?from=2025-01-01&to=2025-12-31&groupBy=need,status',
  'referrals?from=2025-01-01&to=2025-12-31&groupBy=declineReason,need',
  'prosecutions?from=2025-01-01&to=2025-12-31&groupBy=sex,iccs',
  'prosecutions?measure=timeToJudgment&from=2025-01-01&to=2025-12-31&groupBy=minor',
  'prosecutions?measure=timeToJudgment&from=2025-01-01&to=2025-12-31&office=parquet-bamako',
  'victims?from=2025-01-01&to=2025-12-31&groupBy=sex&region=mopti',
  'indicators?year=2025&groupBy=sex',
  'exports/glotip?year=2025',
];

describe('stats:rebuild replays the topics into a fresh read model (real Kafka and Postgres)', () => {
  let service: TestService;
  let ds: DataSource;
  let token: string;

  const inboxCount = async () => (await ds.query('SELECT count(*)::int AS n FROM inbox'))[0].n as number;
  /** Every row of every projection, in a stable order, after bringing the monthly totals up to date. */
  const tables = async () => {
    await service.app.get(CubeStore).refresh();
    const out: Record<string, unknown[]> = {};
    for (const t of PROJECTION_TABLES) out[t] = await ds.query(`SELECT * FROM ${t} ORDER BY ${t}::text`);
    return out;
  };
  const figures = async () => {
    const out: Record<string, unknown> = {};
    for (const path of ENDPOINTS) {
      const res = await request(`${service.url}/api/v1/statistics/${path}`, { token });
      expect(res.status).toBe(200);
      out[path] = res.body;
    }
    return out;
  };
  const indexes = () => ds.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'statistics' AND tablename = ANY($1) ORDER BY indexname`, [PROJECTION_TABLES]);

  beforeAll(async () => {
    service = await startTestService(STATISTICS_SERVICE);
    ds = service.app.get(DataSource);
    token = await tokenFor({ sub: 'stat-1', roles: ['statistician'] });
    const { items, distinctIds } = scenario();
    await publishAll(testKafka(), service.namespace, items);
    await eventually(async () => expect(await inboxCount()).toBe(distinctIds), 60_000, 200);
  });
  afterAll(() => service?.close());

  it('gives the same rows and the same figures as the incremental projections, then lets the live consumer carry on', async () => {
    const [before, beforeFigures, beforeIndexes] = [await tables(), await figures(), await indexes()];
    expect(before.identification_facts).toHaveLength(21);

    const report = await service.app.get(RebuildProjections).execute('test:rebuild');

    expect(report).toMatchObject({ invalid: 0, skipped: 0, rows: expect.objectContaining({ identification_facts: 21, referral_facts: 7, defendant_facts: 3 }) });
    // Every message on the topics, duplicates included, went through the projections again.
    expect(report.applied).toBe(scenario().items.length);
    expect(await tables()).toEqual(before);
    expect(await figures()).toEqual(beforeFigures);
    expect(await indexes()).toEqual(beforeIndexes);
    expect(await ds.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [REBUILD_SCHEMA])).toHaveLength(0);
    const [audit] = await ds.query(`SELECT actor, outcome, details FROM audit_log WHERE action = 'read-model.rebuild'`);
    expect(audit).toMatchObject({ actor: 'test:rebuild', outcome: 'success', details: { group: report.group } });
    const admin = testKafka().admin();
    await admin.connect();
    expect((await admin.listGroups()).groups.map((g) => g.groupId)).not.toContain(report.group);
    await admin.disconnect();

    const inbox = await inboxCount();
    await publishAll(testKafka(), service.namespace, [lateIdentification()]);
    await eventually(async () => expect(await inboxCount()).toBe(inbox + 1), 30_000, 200);
    const total = await request(`${service.url}/api/v1/statistics/victims?from=2025-01-01&to=2025-12-31`, { token });
    expect(total.body.rows).toEqual([{ count: 22 }]);
  });

  it('converges to what a quiet replay gives when events keep arriving during the rebuild and the switch-over', async () => {
    const more = Array.from({ length: 30 }, () => lateIdentification());
    const inbox = await inboxCount();
    // Events land while the shadow fills, and while the live tables are locked: the live consumer
    // then waits on the lock and writes into the new tables once they are in place.
    const rebuilding = service.app.get(RebuildProjections).execute('test:rebuild-under-load', {
      whileLocked: async () => {
        await publishAll(testKafka(), service.namespace, more.slice(25));
        await new Promise((r) => setTimeout(r, 500));
      },
    });
    for (let i = 0; i < 25; i += 5) await publishAll(testKafka(), service.namespace, more.slice(i, i + 5));
    await rebuilding;
    await eventually(async () => expect(await inboxCount()).toBe(inbox + more.length), 60_000, 200);
    const underLoad = await tables();
    expect(underLoad.identification_facts).toHaveLength(21 + 1 + 30);

    await service.app.get(RebuildProjections).execute('test:rebuild-quiet');
    expect(await tables()).toEqual(underLoad);
    // Live handlers waited on the lock rather than failing: nothing was dead-lettered.
    expect(await readTopic(testKafka(), `${service.namespace}relais.statistics.dlq`)).toEqual([]);
  });
});
