import { Module } from '@nestjs/common';
import { AUDIT_READ_PROVIDERS, AuditController, PlatformModule } from '@relais/platform';
import { ProsecutionEventsHandler } from './handlers/prosecution-events.handler';
import { ReferralEventsHandler } from './handlers/referral-events.handler';
import { IdentificationsController } from './http/identifications.controller';
import { VictimsController } from './http/victims.controller';
import { loadIntakeConfig } from './intake.config';
import { AccessGrantRepository } from './persistence/access-grant.repository';
import { ConsentRepository } from './persistence/consent.repository';
import { DuplicateIndexRepository } from './persistence/duplicate-index.repository';
import { INTAKE_ENTITIES } from './persistence/entities';
import { IdentificationRepository } from './persistence/identification.repository';
import { INTAKE_MIGRATIONS } from './persistence/migrations';
import { CorrectIdentification } from './use-cases/correct-identification';
import { ErasePersonalData } from './use-cases/erase-personal-data';
import { ListIdentifications } from './use-cases/list-identifications';
import { ReadIdentification } from './use-cases/read-identification';
import { RecordConsentChange } from './use-cases/record-consent-change';
import { SubmitBatch } from './use-cases/submit-batch';
import { SubmitIdentification } from './use-cases/submit-identification';
import { TrackCaseAccess } from './use-cases/track-case-access';
import { TrackReferralAccess } from './use-cases/track-referral-access';
import { VAULT_PROVIDERS } from './vault/vault.providers';
import { INTAKE_PERSON_AUDIT } from './persistence/person-audit-resources';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'intake',
      config: loadIntakeConfig,
      entities: INTAKE_ENTITIES,
      migrations: INTAKE_MIGRATIONS,
    }),
  ],
  controllers: [IdentificationsController, VictimsController, AuditController, ReferralEventsHandler, ProsecutionEventsHandler],
  providers: [
    ...VAULT_PROVIDERS,
    ...AUDIT_READ_PROVIDERS,
    INTAKE_PERSON_AUDIT,
    IdentificationRepository,
    DuplicateIndexRepository,
    ConsentRepository,
    AccessGrantRepository,
    SubmitIdentification,
    SubmitBatch,
    ListIdentifications,
    ReadIdentification,
    CorrectIdentification,
    RecordConsentChange,
    ErasePersonalData,
    TrackReferralAccess,
    TrackCaseAccess,
  ],
})
export class IntakeModule {}
