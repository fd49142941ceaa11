import { TestService } from '@relais/testing';
import { DataSource } from 'typeorm';
import { DateRange } from '../src/domain/periods';
import { CubeSpec } from '../src/persistence/cube-specs';
import { CountRow, CubeStore } from '../src/persistence/cube-store';

/** A query over one cube: its dimensions and the stored measures to sum. */
export type TotalsCase = [spec: CubeSpec, dimensions: string[], measures: string[], where?: Record<string, string>];

/** Rows summed by (period, levels, measure), zeros left out: two answers are equal when these are. */
function normalise(rows: CountRow[]): [string, number][] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    for (const [m, v] of Object.entries(r.values)) {
      const key = JSON.stringify([r.month, r.levels, m]);
      sums.set(key, (sums.get(key) ?? 0) + v);
    }
  }
  return [...sums].filter(([, v]) => v !== 0).sort();
}

/**
 * After a refresh, every query gives the same counts from the monthly totals (whole months, plus
 * the edges of the range from the facts) as from the facts alone, by no period, month and year.
 */
export async function expectTotalsEqualFacts(service: TestService, cases: TotalsCase[], ranges: DateRange[]): Promise<void> {
  const cubes = service.app.get(CubeStore);
  const ds = service.app.get(DataSource);
  await cubes.refresh();
  for (const [spec, dimensions, measures, where] of cases) {
    for (const range of ranges) {
      for (const period of [undefined, 'month', 'year'] as const) {
        const q = { spec, dimensions, measures, range, period, where };
        const [fromCube, fromFacts] = await ds.transaction(async (m) => [await cubes.count(m, q), await cubes.count(m, { ...q, forceFacts: true })]);
        expect({ q: [spec.name, dimensions, where, range, period], rows: normalise(fromCube) }).toEqual({ q: [spec.name, dimensions, where, range, period], rows: normalise(fromFacts) });
      }
    }
  }
}

/**
 * Each victim's first first-instance judgment computed from scratch over the raw facts, in the
 * shape the service used to compute per request (the cases judged, the cases merged into them,
 * their victims, then each victim's earliest judgment over all their cases).
 */
const FIRST_JUDGMENTS_FROM_FACTS = `
  WITH judged AS (
    SELECT j.case_id FROM case_facts j WHERE j.first_judgment_at IS NOT NULL
    UNION ALL
    SELECT merged.case_id FROM case_facts j JOIN case_facts merged ON merged.merged_into = j.case_id WHERE j.first_judgment_at IS NOT NULL
  ), candidates AS (
    SELECT DISTINCT cv.identification_id FROM judged j JOIN case_victims cv ON cv.case_id = j.case_id
  ), victim_judgment AS (
    SELECT cv.identification_id, min(LEAST(c.first_judgment_at, m.first_judgment_at)) AS at
      FROM candidates v JOIN case_victims cv ON cv.identification_id = v.identification_id
      JOIN case_facts c ON c.case_id = cv.case_id LEFT JOIN case_facts m ON m.case_id = c.merged_into
     GROUP BY 1)
  SELECT vj.identification_id, vj.at AS judged_at, GREATEST(0, FLOOR(EXTRACT(EPOCH FROM (vj.at - i.identified_at)) / 86400))::int AS days,
         i.region, i.sex, i.minor
    FROM victim_judgment vj JOIN identification_facts i ON i.identification_id = vj.identification_id AND i.identified_at IS NOT NULL
   WHERE vj.at IS NOT NULL
   ORDER BY 1`;

/** After a refresh, the incrementally kept judgment_facts hold exactly what a computation from scratch gives. */
export async function expectJudgmentFactsFromScratch(service: TestService): Promise<void> {
  const ds = service.app.get(DataSource);
  await service.app.get(CubeStore).refresh();
  const kept = await ds.query('SELECT identification_id, judged_at, days, region, sex, minor FROM judgment_facts ORDER BY 1');
  expect(kept).toEqual(await ds.query(FIRST_JUDGMENTS_FROM_FACTS));
}

