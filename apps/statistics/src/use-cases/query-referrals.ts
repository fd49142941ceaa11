import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { Level, ReferralDimension } from '../domain/dimensions';
import { addToHistogram, nearestRank } from '../domain/percentiles';
import { CellView, DerivedField, present, Presented, share } from '../domain/present';
import { ACCEPTANCE_CUBE, REFERRALS_CUBE } from '../persistence/cube-specs';
import { CubeStore } from '../persistence/cube-store';
import { ReadTransaction } from '../persistence/read-transaction';
import { StatisticsConfig } from '../statistics.config';
import { coordinates, newTable, TableRequest } from './table-request';

const COUNTS = ['count', 'accepted', 'declined', 'escalated', 'overdue', 'closed', 'acceptedWithinDeadline'] as const;
const STORED: Record<(typeof COUNTS)[number], string> = {
  count: 'n', accepted: 'accepted', declined: 'declined', escalated: 'escalated', overdue: 'overdue', closed: 'closed',
  acceptedWithinDeadline: 'accepted_in_time',
};

/**
 * Referrals made in each period (by the date they were made), with what became of them:
 * accepted, declined, escalated to the coordinator, overdue (escalated because a deadline was
 * missed), closed; the share accepted within the deadline; and the median and 90th percentile of
 * whole hours from identification to acceptance (nearest rank).
 */
@Injectable()
export class QueryReferrals {
  constructor(
    private readonly cubes: CubeStore,
    private readonly reads: ReadTransaction,
    @Inject(SERVICE_CONFIG) private readonly config: StatisticsConfig,
  ) {}

  async execute(request: TableRequest<ReferralDimension>, exact: boolean): Promise<Presented> {
    await this.cubes.refresh();
    return this.reads.run(async (manager) => {
      const base = { dimensions: request.groupBy, period: request.period, range: request.range, where: request.where };
      const counts = await this.cubes.count(manager, { ...base, spec: REFERRALS_CUBE, measures: Object.values(STORED) });
      const times = await this.cubes.count(manager, { ...base, spec: ACCEPTANCE_CUBE, dimensions: [...request.groupBy, 'hours'], measures: ['n'] });
      const table = newTable(request, COUNTS);
      for (const row of counts) {
        table.add(coordinates(request, row.month, row.levels), Object.fromEntries(COUNTS.map((f) => [f, row.values[STORED[f]]])));
      }
      const histograms = new Map<string, Map<number, number>>();
      for (const row of times) {
        const key = JSON.stringify(coordinates(request, row.month, row.levels.slice(0, -1)));
        const histogram = histograms.get(key) ?? new Map<number, number>();
        addToHistogram(histogram, Number(row.levels[row.levels.length - 1]), row.values.n);
        histograms.set(key, histogram);
      }
      const percentile = (p: number): DerivedField['compute'] => (cell) => this.percentile(histograms, cell, p);
      return present(table, {
        countFields: COUNTS,
        derived: [
          { name: 'shareAcceptedWithinDeadline', compute: share('acceptedWithinDeadline', 'count') },
          { name: 'medianHoursToAcceptance', compute: percentile(50) },
          { name: 'p90HoursToAcceptance', compute: percentile(90) },
        ],
        exact,
        threshold: this.config.DISCLOSURE_THRESHOLD,
      });
    });
  }

  /**
   * Shown only over enough acceptances: a median of one or two observations is those
   * observations. Hidden too where the number accepted is hidden.
   */
  private percentile(histograms: Map<string, Map<number, number>>, cell: CellView, p: number): number | string | null {
    const histogram = histograms.get(JSON.stringify(cell.levels as Level[]));
    const observations = histogram ? [...histogram.values()].reduce((a, b) => a + b, 0) : 0;
    if (!histogram || observations === 0) return null;
    if (!cell.exact && (observations < cell.threshold || !cell.published('accepted'))) return 'x';
    return nearestRank(histogram, p);
  }
}
