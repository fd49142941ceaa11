import { Module } from '@nestjs/common';
import { PlatformModule, SERVICE_CONFIG } from '@relais/platform';
import { DashboardCatalogue } from './dashboards/catalogue';
import { ProjectedEventsHandler } from './handlers/projected-events.handler';
import { DashboardsController } from './http/dashboards.controller';
import { PublicStatisticsController } from './http/public-statistics.controller';
import { StatisticsReader } from './http/statistics-reader';
import { StatisticsController } from './http/statistics.controller';
import { CubeStore } from './persistence/cube-store';
import { STATISTICS_ENTITIES } from './persistence/entities';
import { HeadlineRepository } from './persistence/headline.repository';
import { STATISTICS_MIGRATIONS } from './persistence/migrations';
import { PopulationRepository } from './persistence/population.repository';
import { ProjectionWriter } from './persistence/projection-writer';
import { ProsecutionRepository } from './persistence/prosecution.repository';
import { ReadTransaction } from './persistence/read-transaction';
import { STATISTICS_DATABASE_ACCESS } from './persistence/read-model';
import { loadStatisticsConfig, StatisticsConfig } from './statistics.config';
import { ApplyEvent } from './use-cases/apply-event';
import { ExportGlotip } from './use-cases/export-glotip';
import { LoadPopulation } from './use-cases/load-population';
import { QueryIndicators } from './use-cases/query-indicators';
import { QueryProsecutions } from './use-cases/query-prosecutions';
import { QueryReferrals } from './use-cases/query-referrals';
import { QueryVictims } from './use-cases/query-victims';
import { RebuildProjections } from './use-cases/rebuild-projections';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'statistics',
      config: loadStatisticsConfig,
      entities: STATISTICS_ENTITIES,
      migrations: STATISTICS_MIGRATIONS,
      databaseAccess: STATISTICS_DATABASE_ACCESS,
    }),
  ],
  controllers: [StatisticsController, PublicStatisticsController, DashboardsController, ProjectedEventsHandler],
  providers: [
    ProjectionWriter, CubeStore, ReadTransaction, ProsecutionRepository, HeadlineRepository, PopulationRepository,
    ApplyEvent, LoadPopulation, QueryVictims, QueryReferrals, QueryProsecutions, QueryIndicators, ExportGlotip, StatisticsReader,
    RebuildProjections,
    // Loaded while the module is built: a bad dashboard file stops start-up, naming the file and the entry.
    { provide: DashboardCatalogue, inject: [SERVICE_CONFIG], useFactory: (config: StatisticsConfig) => DashboardCatalogue.load(config.DASHBOARDS_DIR) },
  ],
})
export class StatisticsModule {}
