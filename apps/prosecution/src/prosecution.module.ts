import { Module } from '@nestjs/common';
import { PlatformModule } from '@relais/platform';
import { loadProsecutionConfig } from './prosecution.config';
import { PROSECUTION_ENTITIES } from './persistence/entities';
import { PROSECUTION_MIGRATIONS } from './persistence/migrations';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'prosecution',
      config: loadProsecutionConfig,
      entities: PROSECUTION_ENTITIES,
      migrations: PROSECUTION_MIGRATIONS,
    }),
  ],
})
export class ProsecutionModule {}
