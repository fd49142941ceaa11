import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { EntityManager } from 'typeorm';
import { DimensionName, ProsecutionMeasure } from '../domain/dimensions';
import { addToHistogram, nearestRank } from '../domain/percentiles';
import { CellView, DerivedField, present, Presented } from '../domain/present';
import { CountRow } from '../persistence/cube-store';
import { ProsecutionRepository } from '../persistence/prosecution.repository';
import { ReadTransaction } from '../persistence/read-transaction';
import { StatisticsConfig } from '../statistics.config';
import { coordinates, newTable, TableRequest } from './table-request';

export interface ProsecutionRequest extends TableRequest {
  measure: ProsecutionMeasure;
}

/** `count` is the persons brought into formal contact: the first GLOTIP stage. */
const PERSON_FIELDS = ['count', 'prosecuted', 'convicted', 'acquitted'] as const;

/**
 * The criminal-justice indicators (UNODC GLOTIP / UN-CTS): persons at each stage, cases opened,
 * sentences, time from identification to judgment, hearings. One measure per request, each with
 * its own dimensions.
 */
@Injectable()
export class QueryProsecutions {
  constructor(
    private readonly prosecutions: ProsecutionRepository,
    private readonly reads: ReadTransaction,
    @Inject(SERVICE_CONFIG) private readonly config: StatisticsConfig,
  ) {}

  execute(request: ProsecutionRequest, exact: boolean): Promise<Presented> {
    const threshold = this.config.DISCLOSURE_THRESHOLD;
    return this.reads.run(async (manager) => {
      if (request.measure === 'timeToJudgment') return this.timeToJudgment(manager, request, exact);
      const fields = request.measure === 'persons' ? PERSON_FIELDS : (['count'] as const);
      const rows = await this.counts(manager, request);
      const table = newTable(request, fields);
      for (const row of rows) table.add(coordinates(request, row.month, row.levels), row.values);
      return present(table, { countFields: fields, exact, threshold });
    });
  }

  private counts(manager: EntityManager, request: ProsecutionRequest): Promise<CountRow[]> {
    const q = { dimensions: request.groupBy as DimensionName[], period: request.period, range: request.range };
    switch (request.measure) {
      case 'persons':
        return this.prosecutions.persons(manager, q);
      case 'cases':
        return this.prosecutions.cases(manager, q);
      case 'sentences':
        return this.prosecutions.sentences(manager, q);
      case 'hearings':
        return this.prosecutions.hearings(manager, q);
      case 'timeToJudgment':
        return this.prosecutions.daysToJudgment(manager, q);
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
