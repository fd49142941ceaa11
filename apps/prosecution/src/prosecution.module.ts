import { Module } from '@nestjs/common';
import { AUDIT_READ_PROVIDERS, AuditController, PlatformModule } from '@relais/platform';
import { IntakeEventsHandler } from './handlers/intake-events.handler';
import { ReferralEventsHandler } from './handlers/referral-events.handler';
import { CasesController } from './http/cases.controller';
import { DefendantsController } from './http/defendants.controller';
import { OfficesController } from './http/offices.controller';
import { VictimsController } from './http/victims.controller';
import { CaseStatusesController } from './http/case-statuses.controller';
import { CaseRepository } from './persistence/case.repository';
import { DefendantRepository } from './persistence/defendant.repository';
import { PROSECUTION_ENTITIES } from './persistence/entities';
import { HearingRepository } from './persistence/hearing.repository';
import { IdentificationRepository } from './persistence/identification.repository';
import { JudgmentRepository } from './persistence/judgment.repository';
import { PROSECUTION_MIGRATIONS } from './persistence/migrations';
import { OfficeRepository } from './persistence/office.repository';
import { ReferralAccessRepository } from './persistence/referral-access.repository';
import { loadProsecutionConfig } from './prosecution.config';
import { REFERENCE_DATA_PROVIDERS, VAULT_PROVIDERS } from './reference/reference-data.providers';
import { AddDefendant } from './use-cases/add-defendant';
import { CaseTransfers } from './use-cases/case-transfers';
import { ChangeCaseStage } from './use-cases/change-stage';
import { ChargeDefendant } from './use-cases/charge-defendant';
import { CountCasesByStage } from './use-cases/count-cases-by-stage';
import { GetCase } from './use-cases/get-case';
import { LinkIdentification } from './use-cases/link-identification';
import { ListCases } from './use-cases/list-cases';
import { ListOffices } from './use-cases/list-offices';
import { ListVictimCases } from './use-cases/list-victim-cases';
import { ListCaseStatuses } from './use-cases/list-case-statuses';
import { MergeCase } from './use-cases/merge-case';
import { OpenCase } from './use-cases/open-case';
import { OpenCaseFromIdentification } from './use-cases/open-case-from-identification';
import { ReadDefendant } from './use-cases/read-defendant';
import { RecordJudgment } from './use-cases/record-judgment';
import { RecordPersonalDataErasure } from './use-cases/record-personal-data-erasure';
import { RecordReferralAccess } from './use-cases/record-referral-access';
import { RerouteCorrectedIdentification } from './use-cases/reroute-corrected-identification';
import { ScheduleHearing } from './use-cases/schedule-hearing';
import { TransferCase } from './use-cases/transfer-case';
import { PROSECUTION_PERSON_AUDIT } from './persistence/person-audit-resources';

const REPOSITORIES = [
  CaseRepository, IdentificationRepository, DefendantRepository, HearingRepository, JudgmentRepository, ReferralAccessRepository, OfficeRepository,
];

const USE_CASES = [
  OpenCaseFromIdentification, OpenCase, ChangeCaseStage, LinkIdentification, MergeCase, TransferCase, AddDefendant, ReadDefendant,
  ChargeDefendant, ScheduleHearing, RecordJudgment, GetCase, ListCases, CountCasesByStage, ListVictimCases, ListCaseStatuses, ListOffices, RecordReferralAccess,
  RecordPersonalDataErasure, RerouteCorrectedIdentification, CaseTransfers,
];

@Module({
  imports: [
    PlatformModule.forService({
      service: 'prosecution',
      config: loadProsecutionConfig,
      entities: PROSECUTION_ENTITIES,
      migrations: PROSECUTION_MIGRATIONS,
    }),
  ],
  controllers: [CasesController, DefendantsController, VictimsController, CaseStatusesController, OfficesController, AuditController, IntakeEventsHandler, ReferralEventsHandler],
  providers: [...REPOSITORIES, ...REFERENCE_DATA_PROVIDERS, ...VAULT_PROVIDERS, ...USE_CASES, ...AUDIT_READ_PROVIDERS, PROSECUTION_PERSON_AUDIT],
})
export class ProsecutionModule {}
