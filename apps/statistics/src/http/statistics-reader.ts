import { Injectable } from '@nestjs/common';
import { DimensionName } from '../domain/dimensions';
import { Presented } from '../domain/present';
import { today } from '../domain/periods';
import { Coverage, publishedRange, publishedYear } from '../domain/publication';
import { ExportGlotip } from '../use-cases/export-glotip';
import { QueryIndicators } from '../use-cases/query-indicators';
import { QueryProsecutions } from '../use-cases/query-prosecutions';
import { QueryReferrals } from '../use-cases/query-referrals';
import { QueryVictims } from '../use-cases/query-victims';
import { TableRequest } from '../use-cases/table-request';
import { ProsecutionsQuery } from './dto/prosecutions.query';
import { ReferralsQuery, TableQuery, VictimsQuery } from './dto/table.query';
import { IndicatorsQuery, YearQuery } from './dto/year.query';
import { OfficeView } from './office-scope';
import { mapStatisticsErrors } from './statistics.errors';

/** What both the authenticated and the public routes do once the caller's view (exact or protected) is known. */
@Injectable()
export class StatisticsReader {
  constructor(
    private readonly victimsQuery: QueryVictims,
    private readonly referralsQuery: QueryReferrals,
    private readonly prosecutionsQuery: QueryProsecutions,
    private readonly indicatorsQuery: QueryIndicators,
    private readonly glotipExport: ExportGlotip,
  ) {}

  victims(q: VictimsQuery, exact: boolean): Promise<Covered> {
    return mapStatisticsErrors(() => covered(tableRequest(q, q.groupBy, exact), (request) => this.victimsQuery.execute(request, exact)));
  }

  referrals(q: ReferralsQuery, exact: boolean): Promise<Covered> {
    return mapStatisticsErrors(() => covered(tableRequest(q, q.groupBy, exact), (request) => this.referralsQuery.execute(request, exact)));
  }

  /** `view`: the office the caller's figures are confined to (office-scope.ts); the public mirror passes none. */
  prosecutions(q: ProsecutionsQuery, exact: boolean, view: OfficeView = { office: q.office, ownOffice: false }): Promise<Covered> {
    const measure = q.measure ?? 'persons';
    const seesExact = exact || view.ownOffice;
    return mapStatisticsErrors(() =>
      covered(tableRequest(q, q.groupBy, seesExact, view.office), (request) => this.prosecutionsQuery.execute({ ...request, measure }, seesExact)),
    );
  }

  indicators(q: IndicatorsQuery, exact: boolean): Promise<Covered> {
    return mapStatisticsErrors(async () => {
      const year = yearOf(q, exact);
      return { ...(await this.indicatorsQuery.execute({ year, groupBy: q.groupBy ?? [] }, exact)), coverage: yearCoverage(year, q.year) };
    });
  }

  glotip(q: YearQuery, exact: boolean): Promise<Covered> {
    return mapStatisticsErrors(async () => {
      const year = yearOf(q, exact);
      return { ...(await this.glotipExport.execute(year, exact)), coverage: yearCoverage(year, q.year) };
    });
  }
}

/** A table with the days it counts: the protected view's are whole, completed months (see publication.ts). */
export interface Covered extends Presented {
  coverage: Coverage;
}

/** `to` defaults to today (in the DTO), `from` to 1 January of the year of `to`; a protected view is snapped. */
function tableRequest<D extends DimensionName>(q: TableQuery, groupBy: D[] | undefined, exact: boolean, office?: string): { request: TableRequest<D>; coverage: Coverage } {
  const to = q.to ?? today();
  const asked = { from: q.from ?? `${to.slice(0, 4)}-01-01`, to };
  const coverage = exact ? { ...asked, snapped: false } : publishedRange(asked);
  const where = { ...(q.region ? { region: q.region } : {}), ...(office ? { office } : {}) };
  return { request: { range: { from: coverage.from, to: coverage.to }, period: q.period, groupBy: groupBy ?? [], where }, coverage };
}

async function covered<D extends DimensionName>(
  { request, coverage }: { request: TableRequest<D>; coverage: Coverage },
  query: (request: TableRequest<D>) => Promise<Presented>,
): Promise<Covered> {
  return { ...(await query(request)), coverage };
}

/** Exact views take any year (the current one so far); protected views only completed years. */
function yearOf(q: YearQuery, exact: boolean): number {
  return exact ? (q.year ?? Number(today().slice(0, 4))) : publishedYear(q.year);
}

function yearCoverage(year: number, asked: number | undefined): Coverage {
  return { from: `${year}-01-01`, to: `${year}-12-31`, snapped: asked !== undefined && asked !== year };
}
