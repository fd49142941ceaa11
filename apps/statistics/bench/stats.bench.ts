/**
 * Statistics read-model benchmark (npm run bench:stats).
 *
 *   node -r @swc-node/register apps/statistics/bench/stats.bench.ts [--identifications 1000000] [--runs 20] [--keep]
 *
 * Loads the read model of a throwaway database by bulk SQL, builds the monthly totals, then times
 * the heaviest grouped queries through the use cases that serve them (refresh check, SQL,
 * percentiles, disclosure control; no HTTP), beside raw GROUP BY baselines on the same tables.
 * Prints p50/p95 per query over repeated runs, load times and memory. Drops the database at the
 * end, unless --keep (to study a query plan; drop it yourself afterwards).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AuditTrail } from '@relais/auth';
import { createLogger } from '@relais/observability';
import { createServiceDataSource, dropDatabase, migrate, TransactionHost } from '@relais/persistence';
import { PLATFORM_MIGRATIONS } from '@relais/platform';
import { CubeStore } from '../src/persistence/cube-store';
import { HeadlineRepository } from '../src/persistence/headline.repository';
import { STATISTICS_MIGRATIONS } from '../src/persistence/migrations';
import { PopulationRepository } from '../src/persistence/population.repository';
import { ProsecutionRepository } from '../src/persistence/prosecution.repository';
import { ReadTransaction } from '../src/persistence/read-transaction';
import { loadStatisticsConfig } from '../src/statistics.config';
import { ExportGlotip } from '../src/use-cases/export-glotip';
import { LoadPopulation } from '../src/use-cases/load-population';
import { QueryIndicators } from '../src/use-cases/query-indicators';
import { QueryProsecutions } from '../src/use-cases/query-prosecutions';
import { QueryReferrals } from '../src/use-cases/query-referrals';
import { QueryVictims } from '../src/use-cases/query-victims';
import { loadReadModel } from './load-read-model';

const out = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - started) / 1e6];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { identifications: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '20' }, keep: { type: 'boolean', default: false } } });
  const identifications = Number(values.identifications);
  const runs = Number(values.runs);
  const base = loadStatisticsConfig();
  const url = new URL(base.DATABASE_URL);
  url.pathname = `/relais_bench_stats_${randomBytes(4).toString('hex')}`;
  const config = Object.assign(Object.create(Object.getPrototypeOf(base)), base, { DATABASE_URL: url.toString() });
  const ds = createServiceDataSource({ url: config.DATABASE_URL, schema: 'statistics', entities: [], migrations: [...PLATFORM_MIGRATIONS, ...STATISTICS_MIGRATIONS], poolSize: 4 });
  out(`statistics benchmark: ${identifications.toLocaleString('en')} identifications, ${runs} timed runs per query, database ${url.pathname.slice(1)}`);
  try {
    await migrate(ds, config.DATABASE_URL, 'statistics');
    const [rows, loadMs] = await timed(() => loadReadModel(ds, identifications));
    out(`\nload (bulk SQL): ${seconds(loadMs)}`);
    for (const [table, n] of Object.entries(rows)) out(`  ${table.padEnd(22)} ${n.toLocaleString('en').padStart(12)}`);
    const tx = new TransactionHost(ds);
    const cubes = new CubeStore(tx);
    const [, cubeMs] = await timed(() => ds.transaction((m) => cubes.rebuildAll(m, 'statistics')));
    const [, vacuumMs] = await timed(() => ds.query('VACUUM ANALYZE'));
    const derived = ['victim_cube', 'referral_cube', 'acceptance_cube', 'person_cube', 'judgment_cube', 'judgment_facts'];
    const cubeRows = await ds.query(derived.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM ${t}`).join(' UNION ALL '));
    out(`monthly totals built in ${seconds(cubeMs)} (${cubeRows.map((r: { t: string; n: number }) => `${r.t} ${r.n.toLocaleString('en')}`).join(', ')}); VACUUM ANALYZE ${seconds(vacuumMs)}`);
    const [{ size }] = await ds.query(`SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS size FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'statistics' AND c.relkind = 'r'`);
    out(`read model on disk: ${size}`);

    const reads = new ReadTransaction(tx);
    const population = new PopulationRepository(tx);
    await new LoadPopulation(tx, population, new AuditTrail(), config, createLogger('statistics', 'silent')).execute(readFileSync(config.POPULATION_FILE, 'utf8'));
    const victims = new QueryVictims(cubes, reads, config);
    const referrals = new QueryReferrals(cubes, reads, config);
    const prosecutions = new QueryProsecutions(new ProsecutionRepository(), cubes, reads, config);
    const indicators = new QueryIndicators(cubes, new HeadlineRepository(), population, reads, config);
    const glotip = new ExportGlotip(cubes, reads, config);
    const all = { from: '2020-01-01', to: '2025-12-31' };
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const edges = { from: '2021-03-17', to: '2025-10-09' };
    const sql = (query: string) => () =>
      ds.transaction(async (m) => {
        await m.query('SET LOCAL jit = off');
        return (await m.query(query)).length;
      });

    const cases: { name: string; kind: 'query' | 'baseline'; run: () => Promise<unknown> }[] = [
      { name: 'victims 6 y by month x region x sex (exact)', kind: 'query', run: () => victims.execute({ range: all, period: 'month', groupBy: ['region', 'sex'] }, true) },
      { name: 'victims 6 y by month x region x sex (protected)', kind: 'query', run: () => victims.execute({ range: all, period: 'month', groupBy: ['region', 'sex'] }, false) },
      { name: 'victims 2025 by month x region x ageGroup (protected)', kind: 'query', run: () => victims.execute({ range: year, period: 'month', groupBy: ['region', 'ageGroup'] }, false) },
      { name: 'victims mid-month range by quarter x form x sex x ageGroup', kind: 'query', run: () => victims.execute({ range: edges, period: 'quarter', groupBy: ['form', 'sex', 'ageGroup'] }, true) },
      { name: 'victims 6 y by year x nationality x minor', kind: 'query', run: () => victims.execute({ range: all, period: 'year', groupBy: ['nationality', 'minor'] }, true) },
      { name: 'victims 2025 by region x nationality x sex', kind: 'query', run: () => victims.execute({ range: year, groupBy: ['region', 'nationality', 'sex'] }, true) },
      { name: 'victims 2025 by institution x ageGroup (no cuboid: facts)', kind: 'query', run: () => victims.execute({ range: year, groupBy: ['institution', 'ageGroup'] }, true) },
      { name: 'referrals 6 y by need x status, medians (exact)', kind: 'query', run: () => referrals.execute({ range: all, groupBy: ['need', 'status'] }, true) },
      { name: 'referrals 2025 by month x need, medians (protected)', kind: 'query', run: () => referrals.execute({ range: year, period: 'month', groupBy: ['need'] }, false) },
      { name: 'referrals 2025 by region x sex x minor, medians', kind: 'query', run: () => referrals.execute({ range: year, groupBy: ['region', 'sex', 'minor'] }, true) },
      { name: 'prosecutions persons 6 y by year x sex x nationality', kind: 'query', run: () => prosecutions.execute({ measure: 'persons', range: all, period: 'year', groupBy: ['sex', 'nationality'] }, true) },
      { name: 'prosecutions persons 2025 by iccs (protected)', kind: 'query', run: () => prosecutions.execute({ measure: 'persons', range: year, groupBy: ['iccs'] }, false) },
      { name: 'prosecutions timeToJudgment 2025 by region', kind: 'query', run: () => prosecutions.execute({ measure: 'timeToJudgment', range: year, groupBy: ['region'] }, true) },
      { name: 'prosecutions timeToJudgment 6 y by year x region', kind: 'query', run: () => prosecutions.execute({ measure: 'timeToJudgment', range: all, period: 'year', groupBy: ['region'] }, true) },
      { name: 'indicators 2025 by sex + headline', kind: 'query', run: () => indicators.execute({ year: 2025, groupBy: ['sex'] }, false) },
      { name: 'GLOTIP export 2025 (protected)', kind: 'query', run: () => glotip.execute(2025, false) },
      { name: 'raw: count(*) GROUP BY region (all facts)', kind: 'baseline', run: sql('SELECT region, count(*) FROM identification_facts GROUP BY region') },
      { name: 'raw: GROUP BY month, region, sex (facts, 6 y)', kind: 'baseline', run: sql('SELECT month, region, sex, count(*) FROM identification_facts GROUP BY 1, 2, 3') },
      { name: 'raw: percentile_disc over hours by need (facts)', kind: 'baseline', run: sql("SELECT need, percentile_disc(0.5) WITHIN GROUP (ORDER BY accepted_at - identified_at) FROM referral_facts WHERE accepted_at IS NOT NULL GROUP BY need") },
    ];

    out(`\n${'query'.padEnd(62)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}  target`);
    for (const c of runs > 0 ? cases : []) {
      for (let i = 0; i < 2; i++) await c.run();
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push((await timed(c.run))[1]);
      samples.sort((a, b) => a - b);
      const p95 = percentile(samples, 95);
      const verdict = c.kind === 'baseline' ? '(baseline)' : p95 < 300 ? 'ok' : 'OVER 300 ms';
      out(`${c.name.padEnd(62)} ${percentile(samples, 50).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${samples[samples.length - 1].toFixed(1).padStart(8)}  ${verdict}`);
    }
    const memory = process.memoryUsage();
    out(`\nnode memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    if (values.keep) out(`kept database ${url.pathname.slice(1)}`);
    else await dropDatabase(config.DATABASE_URL);
  }
}

main().catch((error: unknown) => {
  console.error('bench:stats failed:', error);
  process.exit(1);
});
