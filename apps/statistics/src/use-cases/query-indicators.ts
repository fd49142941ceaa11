import { Inject, Injectable } from '@nestjs/common';
import { EXPLOITATION_FORMS } from '@relais/contracts';
import { SERVICE_CONFIG, translate } from '@relais/platform';
import { EntityManager } from 'typeorm';
import { IndicatorDimension, Level } from '../domain/dimensions';
import { addToHistogram, nearestRank } from '../domain/percentiles';
import { yearRange } from '../domain/periods';
import { Denominator, denominatorFor, DenominatorKey, ratePer100k } from '../domain/population';
import { present, Presented } from '../domain/present';
import { Row, smallLabel, StatTable } from '../domain/stat-table';
import { isTraffickingForm } from '../domain/trafficking';
import { ACCEPTANCE_CUBE, PERSONS_CUBE, REFERRALS_CUBE, VICTIMS_CUBE } from '../persistence/cube-specs';
import { CubeStore } from '../persistence/cube-store';
import { HeadlineRepository } from '../persistence/headline.repository';
import { PopulationRepository, StoredPopulation } from '../persistence/population.repository';
import { ReadTransaction } from '../persistence/read-transaction';
import { StatisticsConfig } from '../statistics.config';

export interface IndicatorsRequest {
  year: number;
  groupBy: readonly IndicatorDimension[];
}

export const SDG_16_2_2 = 'sdg-16.2.2';
const TRAFFICKING_FORMS = EXPLOITATION_FORMS.filter(isTraffickingForm);

/**
 * SDG 16.2.2 (detected victims of trafficking per 100,000 population) for a year, by the
 * breakdowns asked, then the action plan's headline figures. Victims of migrant smuggling only (a
 * "similar practice", not trafficking) are left out of the SDG rows.
 */
@Injectable()
export class QueryIndicators {
  constructor(
    private readonly cubes: CubeStore,
    private readonly headline: HeadlineRepository,
    private readonly population: PopulationRepository,
    private readonly reads: ReadTransaction,
    @Inject(SERVICE_CONFIG) private readonly config: StatisticsConfig,
  ) {}

  async execute(request: IndicatorsRequest, exact: boolean): Promise<Presented> {
    await this.cubes.refresh();
    const threshold = this.config.DISCLOSURE_THRESHOLD;
    return this.reads.run(async (manager) => {
      const population = await this.population.current(manager);
      if (!population) throw new Error('population table not loaded');
      const sdg = await this.sdg(manager, request, population, exact, threshold);
      const headline = await this.headlineRows(manager, request.year, exact, threshold);
      const columns = ['indicator', ...request.groupBy, 'count', 'population', 'ratePer100k', 'denominator', 'note', 'value'];
      return { columns, rows: [...sdg.rows, ...headline], disclosure: sdg.disclosure };
    });
  }

  private async sdg(manager: EntityManager, request: IndicatorsRequest, population: StoredPopulation, exact: boolean, threshold: number): Promise<Presented> {
    const byForm = request.groupBy.includes('form');
    // By form a person counts under each trafficking form; otherwise once, if any form is trafficking.
    const dimensions = byForm ? [...request.groupBy] : [...request.groupBy, 'trafficking'];
    const rows = await this.cubes.count(manager, { spec: VICTIMS_CUBE, dimensions, range: yearRange(request.year), measures: ['n'] });
    const table = new StatTable(request.groupBy, ['count'], byForm ? { form: TRAFFICKING_FORMS } : {});
    const formAxis = request.groupBy.indexOf('form');
    for (const row of rows) {
      const levels = row.levels.slice(0, request.groupBy.length) as Level[];
      if (!byForm && row.levels[request.groupBy.length] !== true) continue;
      if (byForm && !isTraffickingForm(String(levels[formAxis]))) continue;
      table.add(levels, { count: row.values.n });
    }
    const denominator = (levels: Level[]): Denominator => {
      const key: Record<string, Level> = {};
      request.groupBy.forEach((d, i) => (key[d] = levels[i]));
      return denominatorFor(key as DenominatorKey, population.figures, population.referenceYear);
    };
    const presented = present(table, {
      countFields: ['count'],
      exact,
      threshold,
      derived: [
        { name: 'population', compute: (c) => populationOf(denominator(c.levels)) },
        {
          name: 'ratePer100k',
          compute: (c) => {
            const d = denominator(c.levels);
            if (!d.available) return null;
            // The population is public: a rate would give a hidden count back.
            return c.published('count') ? ratePer100k(c.value('count'), d.population) : 'x';
          },
        },
        { name: 'denominator', compute: (c) => basisOf(denominator(c.levels)) },
        { name: 'note', compute: (c) => note(denominator(c.levels), population.version) },
      ],
    });
    return { ...presented, rows: presented.rows.map((row) => ({ indicator: SDG_16_2_2, ...row })) };
  }

  /** Single figures: each under the threshold is shown as `<N` (a lone total has no complement to hide). */
  private async headlineRows(manager: EntityManager, year: number, exact: boolean, threshold: number): Promise<Row[]> {
    const range = yearRange(year);
    const [victims] = await this.cubes.count(manager, { spec: VICTIMS_CUBE, dimensions: [], range, measures: ['n'] });
    const children = await this.cubes.count(manager, { spec: VICTIMS_CUBE, dimensions: ['minor'], range, measures: ['n'] });
    const [referrals] = await this.cubes.count(manager, { spec: REFERRALS_CUBE, dimensions: [], range, measures: ['n', 'accepted', 'accepted_in_time'] });
    const hours = await this.cubes.count(manager, { spec: ACCEPTANCE_CUBE, dimensions: ['hours'], range, measures: ['n'] });
    const [persons] = await this.cubes.count(manager, { spec: PERSONS_CUBE, dimensions: [], range, measures: ['prosecuted', 'convicted', 'acquitted'] });
    const other = await this.headline.figures(manager, year);
    const counts: Record<string, number> = {
      victimsIdentified: victims?.values.n ?? 0,
      childVictimsIdentified: children.filter((r) => r.levels[0] === true).reduce((s, r) => s + r.values.n, 0),
      referralsMade: referrals?.values.n ?? 0,
      victimsReferred: other.victimsReferred,
      referralsAccepted: referrals?.values.accepted ?? 0,
      referralsAcceptedWithinDeadline: referrals?.values.accepted_in_time ?? 0,
      needsWithoutAgency: other.needsWithoutAgency,
      casesOpened: other.casesOpened,
      personsProsecuted: persons?.values.prosecuted ?? 0,
      personsConvicted: persons?.values.convicted ?? 0,
      personsAcquitted: persons?.values.acquitted ?? 0,
    };
    const rows: Row[] = Object.entries(counts).map(([indicator, value]) => ({
      indicator,
      value: exact || value === 0 || value >= threshold ? value : smallLabel(threshold),
    }));
    const histogram = new Map<number, number>();
    for (const r of hours) addToHistogram(histogram, Number(r.levels[0]), r.values.n);
    const observations = [...histogram.values()].reduce((a, b) => a + b, 0);
    const median = nearestRank(histogram, 50);
    rows.push({ indicator: 'medianHoursToAcceptance', value: median === null ? null : exact || observations >= threshold ? median : 'x' });
    return rows;
  }
}

function populationOf(d: Denominator): number | null {
  return d.available ? d.population : null;
}

function basisOf(d: Denominator): string | null {
  return d.available ? d.basis : null;
}

function note(d: Denominator, version: string): string {
  return d.available
    ? translate(`indicators.denominator.${d.basis}`, { year: d.referenceYear, version })
    : translate(`indicators.unavailable.${d.reason}`);
}
