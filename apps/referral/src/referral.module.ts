import { Module } from '@nestjs/common';
import { PlatformModule } from '@relais/platform';
import { loadReferralConfig } from './referral.config';
import { REFERRAL_ENTITIES } from './persistence/entities';
import { REFERRAL_MIGRATIONS } from './persistence/migrations';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'referral',
      config: loadReferralConfig,
      entities: REFERRAL_ENTITIES,
      migrations: REFERRAL_MIGRATIONS,
    }),
  ],
})
export class ReferralModule {}
