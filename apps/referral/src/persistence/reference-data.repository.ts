import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';

/** Which versions of the reference data files have been loaded, so a restart loads nothing twice. */
@Injectable()
export class ReferenceDataRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Claims the load of one file version. A second instance starting at the same moment waits on
   * the first's uncommitted row and then gets false: each version is loaded once, by one instance.
   */
  async claim(name: string, version: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `INSERT INTO reference_data_loads (name, version) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING name`,
      [name, version],
    );
    return rows.length === 1;
  }
}
