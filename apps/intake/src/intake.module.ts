import { Module } from '@nestjs/common';
import { PlatformModule } from '@relais/platform';
import { loadIntakeConfig } from './intake.config';
import { INTAKE_ENTITIES } from './persistence/entities';
import { INTAKE_MIGRATIONS } from './persistence/migrations';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'intake',
      config: loadIntakeConfig,
      entities: INTAKE_ENTITIES,
      migrations: INTAKE_MIGRATIONS,
    }),
  ],
})
export class IntakeModule {}
