import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { EntityManager } from 'typeorm';
import { DimensionName, ProsecutionMeasure } from '../domain/dimensions';
import { addToHistogram, nearestRank } from '../domain/percentiles';
import { CellView, DerivedField, present, Presented } from '../domain/present';
import { JUDGMENTS_CUBE, PERSONS_CUBE } from '../persistence/cube-specs';
import { CountRow, CubeStore } from '../persistence/cube-store';
import { ProsecutionRepository } from '../persistence/prosecution.repository';
import { ReadTransaction } from '../persistence/read-transaction';
import { StatisticsConfig } from '../statistics.config';
import { coordinates, newTable, TableRequest } from './table-request';

export interface ProsecutionRequest extends TableRequest {
  measure: ProsecutionMeasure;
}

/** `count` is the persons brought into formal contact: the first GLOTIP stage. */
const PERSON_FIELDS = ['count', 'prosecuted', 'convicted', 'acquitted'] as const;
const PERSON_STORED: Record<(typeof PERSON_FIELDS)[number], string> = { count: 'n', prosecuted: 'prosecuted', convicted: 'convicted', acquitted: 'acquitted' };

/**
 * The criminal-justice indicators (UNODC GLOTIP / UN-CTS): persons at each stage, cases opened,
 * sentences, time from identification to judgment, hearings. One measure per request, each with
 * its own dimensions.
 */
@Injectable()
export class QueryProsecutions {
  constructor(
    private readonly prosecutions: ProsecutionRepository,
    private readonly cubes: CubeStore,
    private readonly reads: ReadTransaction,
    @Inject(SERVICE_CONFIG) private readonly config: StatisticsConfig,
  ) {}

  async execute(request: ProsecutionRequest, exact: boolean): Promise<Presented> {
    const threshold = this.config.DISCLOSURE_THRESHOLD;
    if (request.measure === 'persons' || request.measure === 'timeToJudgment') await this.cubes.refresh();
    return this.reads.run(async (manager) => {
      if (request.measure === 'timeToJudgment') return this.timeToJudgment(manager, request, exact);
      const fields = request.measure === 'persons' ? PERSON_FIELDS : (['count'] as const);
      const rows = await this.counts(manager, request);
      const table = newTable(request, fields);
      for (const row of rows) table.add(coordinates(request, row.month, row.levels), row.values);
      return present(table, { countFields: fields, exact, threshold });
    });
  }

  private async counts(manager: EntityManager, request: ProsecutionRequest): Promise<CountRow[]> {
    const q = { dimensions: request.groupBy as DimensionName[], period: request.period, range: request.range, where: request.where };
    switch (request.measure) {
      case 'persons': {
        const rows = await this.cubes.count(manager, { ...q, spec: PERSONS_CUBE, measures: Object.values(PERSON_STORED) });
        return rows.map((row) => ({ ...row, values: Object.fromEntries(PERSON_FIELDS.map((f) => [f, row.values[PERSON_STORED[f]]])) }));
      }
      case 'cases':
        return this.prosecutions.cases(manager, q);
      case 'sentences':
        return this.prosecutions.sentences(manager, q);
      case 'hearings':
        return this.prosecutions.hearings(manager, q);
      case 'timeToJudgment':
        // A histogram: (levels..., days) -> victims whose first judgment fell in the period.
        return this.cubes.count(manager, { ...q, spec: JUDGMENTS_CUBE, dimensions: [...q.dimensions, 'days'], measures: ['n'] });
    }
  }

  /** Victims whose first judgment fell in the period, with the median and 90th percentile of days it took (nearest rank). */
  private async timeToJudgment(manager: EntityManager, request: ProsecutionRequest, exact: boolean): Promise<Presented> {
    const rows = await this.counts(manager, request);
    const table = newTable(request, ['count']);
    const histograms = new Map<string, Map<number, number>>();
    for (const row of rows) {
      const levels = coordinates(request, row.month, row.levels.slice(0, -1));
      table.add(levels, { count: row.values.n });
      const key = JSON.stringify(levels);
      const histogram = histograms.get(key) ?? new Map<number, number>();
      addToHistogram(histogram, Number(row.levels[row.levels.length - 1]), row.values.n);
      histograms.set(key, histogram);
    }
    const percentile = (p: number): DerivedField['compute'] => (cell: CellView) => {
      const histogram = histograms.get(JSON.stringify(cell.levels));
      if (!histogram) return null;
      if (!cell.exact && (!cell.published('count') || cell.value('count') < cell.threshold)) return 'x';
      return nearestRank(histogram, p);
    };
    return present(table, {
      countFields: ['count'],
      derived: [{ name: 'medianDays', compute: percentile(50) }, { name: 'p90Days', compute: percentile(90) }],
      exact,
      threshold: this.config.DISCLOSURE_THRESHOLD,
    });
  }
}
