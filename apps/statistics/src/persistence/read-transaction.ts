import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';
import { EntityManager } from 'typeorm';

/**
 * One snapshot for all the queries of a request (monthly totals, edges of the range, histograms),
 * so a table never mixes two states of the read model. JIT compilation is off: it costs more
 * than it saves on these short aggregations. Random reads are priced as on SSD storage (the read
 * model is mostly cached), so that a few thousand index look-ups win over scanning a large table.
 */
@Injectable()
export class ReadTransaction {
  constructor(private readonly tx: TransactionHost) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.tx.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      await manager.query("SET LOCAL jit = off; SET LOCAL work_mem = '64MB'; SET LOCAL random_page_cost = 1.1");
      return work(manager);
    });
  }
}
