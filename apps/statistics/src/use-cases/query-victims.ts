import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { VictimDimension } from '../domain/dimensions';
import { present, Presented } from '../domain/present';
import { VICTIMS_CUBE } from '../persistence/cube-specs';
import { CubeStore } from '../persistence/cube-store';
import { ReadTransaction } from '../persistence/read-transaction';
import { StatisticsConfig } from '../statistics.config';
import { coordinates, newTable, TableRequest } from './table-request';

/**
 * Presumed victims identified, by the period of identification and any of the victims'
 * dimensions. A person with several forms of exploitation or nationalities is counted once
 * under each, so those rows add up to more than the number of victims.
 */
@Injectable()
export class QueryVictims {
  constructor(
    private readonly cubes: CubeStore,
    private readonly reads: ReadTransaction,
    @Inject(SERVICE_CONFIG) private readonly config: StatisticsConfig,
  ) {}

  async execute(request: TableRequest<VictimDimension>, exact: boolean): Promise<Presented> {
    await this.cubes.refresh();
    return this.reads.run(async (manager) => {
      const rows = await this.cubes.count(manager, { spec: VICTIMS_CUBE, dimensions: request.groupBy, period: request.period, range: request.range, where: request.where, measures: ['n'] });
      const table = newTable(request, ['count']);
      for (const row of rows) table.add(coordinates(request, row.month, row.levels), { count: row.values.n });
      return present(table, { countFields: ['count'], exact, threshold: this.config.DISCLOSURE_THRESHOLD });
    });
  }
}
