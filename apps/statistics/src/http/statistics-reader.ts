import { Injectable } from '@nestjs/common';
import { DimensionName } from '../domain/dimensions';
import { Presented } from '../domain/present';
import { today } from '../domain/periods';
import { ExportGlotip } from '../use-cases/export-glotip';
import { QueryIndicators } from '../use-cases/query-indicators';
import { QueryProsecutions } from '../use-cases/query-prosecutions';
import { QueryReferrals } from '../use-cases/query-referrals';
import { QueryVictims } from '../use-cases/query-victims';
import { TableRequest } from '../use-cases/table-request';
import { ProsecutionsQuery } from './dto/prosecutions.query';
import { ReferralsQuery, TableQuery, VictimsQuery } from './dto/table.query';
import { IndicatorsQuery, YearQuery } from './dto/year.query';
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

  victims(q: VictimsQuery, exact: boolean): Promise<Presented> {
    return mapStatisticsErrors(() => this.victimsQuery.execute(tableRequest(q, q.groupBy), exact));
  }

  referrals(q: ReferralsQuery, exact: boolean): Promise<Presented> {
    return mapStatisticsErrors(() => this.referralsQuery.execute(tableRequest(q, q.groupBy), exact));
  }

  prosecutions(q: ProsecutionsQuery, exact: boolean): Promise<Presented> {
    return mapStatisticsErrors(() => this.prosecutionsQuery.execute({ ...tableRequest(q, q.groupBy), measure: q.measure ?? 'persons' }, exact));
  }

  indicators(q: IndicatorsQuery, exact: boolean): Promise<Presented> {
    return mapStatisticsErrors(() => this.indicatorsQuery.execute({ year: yearOf(q), groupBy: q.groupBy ?? [] }, exact));
  }

  glotip(q: YearQuery, exact: boolean): Promise<Presented> {
    return mapStatisticsErrors(() => this.glotipExport.execute(yearOf(q), exact));
  }
}

/** `to` defaults to today (in the DTO), `from` to 1 January of the year of `to`. */
function tableRequest<D extends DimensionName>(q: TableQuery, groupBy: D[] | undefined): TableRequest<D> {
  const to = q.to ?? today();
  return { range: { from: q.from ?? `${to.slice(0, 4)}-01-01`, to }, period: q.period, groupBy: groupBy ?? [] };
}

function yearOf(q: YearQuery): number {
  return q.year ?? Number(today().slice(0, 4));
}
