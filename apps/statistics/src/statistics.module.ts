import { Module } from '@nestjs/common';
import { PlatformModule } from '@relais/platform';
import { loadStatisticsConfig } from './statistics.config';
import { STATISTICS_ENTITIES } from './persistence/entities';
import { STATISTICS_MIGRATIONS } from './persistence/migrations';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'statistics',
      config: loadStatisticsConfig,
      entities: STATISTICS_ENTITIES,
      migrations: STATISTICS_MIGRATIONS,
    }),
  ],
})
export class StatisticsModule {}
