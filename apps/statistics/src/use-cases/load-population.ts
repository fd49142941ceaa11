import { readFileSync } from 'node:fs';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AuditTrail } from '@relais/auth';
import { ROOT_LOGGER, SERVICE_CONFIG } from '@relais/platform';
import { TransactionHost } from '@relais/persistence';
import { Logger } from 'pino';
import { parsePopulationFile } from '../domain/population';
import { POPULATION_DATA, PopulationRepository } from '../persistence/population.repository';
import { StatisticsConfig } from '../statistics.config';

/**
 * Loads the census population file at start-up. Idempotent: the same file (by checksum) changes
 * nothing; a new version replaces the table in one transaction and is audited. Instances starting
 * together serialise on the row lock of the reference_data entry.
 */
@Injectable()
export class LoadPopulation implements OnApplicationBootstrap {
  constructor(
    private readonly tx: TransactionHost,
    private readonly population: PopulationRepository,
    private readonly audit: AuditTrail,
    @Inject(SERVICE_CONFIG) private readonly config: StatisticsConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): Promise<boolean> {
    return this.execute(readFileSync(this.config.POPULATION_FILE, 'utf8'));
  }

  /** True when a new version was loaded. */
  async execute(fileText: string): Promise<boolean> {
    const table = parsePopulationFile(fileText);
    const loaded = await this.tx.run(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['statistics.reference-data']);
      const previous = await this.population.loadedChecksum(manager);
      if (previous?.checksum === table.checksum) return false;
      await this.population.replace(manager, table);
      await this.audit.append(manager, {
        actor: 'system:statistics',
        action: 'reference-data.load',
        resourceType: POPULATION_DATA,
        resourceId: table.name,
        outcome: 'success',
        details: { version: table.version, previousVersion: previous?.version ?? null, checksum: table.checksum },
      });
      return true;
    });
    if (loaded) this.logger.info({ version: table.version, figures: table.figures.length }, 'population table loaded');
    return loaded;
  }
}
