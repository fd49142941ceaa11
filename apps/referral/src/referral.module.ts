import { Module } from '@nestjs/common';
import { AUDIT_READ_PROVIDERS, AuditController, PlatformModule } from '@relais/platform';
import { AccountDirectory } from './accounts/account-directory';
import { KeycloakAccountDirectory } from './accounts/keycloak-account-directory';
import { KeycloakAdminClient } from './accounts/keycloak-admin-client';
import { DeadlineScheduler } from './handlers/deadline-scheduler';
import { IntakeEventsHandler } from './handlers/intake-events.handler';
import { AccountsController } from './http/accounts.controller';
import { AgenciesController } from './http/agencies.controller';
import { AgencyChangeRequestsController } from './http/agency-change-requests.controller';
import { EscalationsController } from './http/escalations.controller';
import { ReferralStatusesController } from './http/referral-statuses.controller';
import { ReferralsController } from './http/referrals.controller';
import { RoutingRulesController } from './http/routing-rules.controller';
import { VictimsController } from './http/victims.controller';
import { AgencyRepository } from './persistence/agency.repository';
import { AgencyChangeRequestRepository } from './persistence/agency-change-request.repository';
import { REFERRAL_ENTITIES } from './persistence/entities';
import { EscalationRepository } from './persistence/escalation.repository';
import { IdentificationRepository } from './persistence/identification.repository';
import { REFERRAL_MIGRATIONS } from './persistence/migrations';
import { ReferenceDataRepository } from './persistence/reference-data.repository';
import { ReferralRepository } from './persistence/referral.repository';
import { RoutingRulesRepository } from './persistence/routing-rules.repository';
import { loadReferralConfig } from './referral.config';
import { AcceptReferral } from './use-cases/accept-referral';
import { AcknowledgeReferral } from './use-cases/acknowledge-referral';
import { ApplyConsentChange } from './use-cases/apply-consent-change';
import { ApplyCorrection } from './use-cases/apply-correction';
import { CloseOnErasure } from './use-cases/close-on-erasure';
import { CloseReferral } from './use-cases/close-referral';
import { CreateAgency } from './use-cases/create-agency';
import { CreateAgencyAccount } from './use-cases/create-agency-account';
import { CreateReferral } from './use-cases/create-referral';
import { DeclineReferral } from './use-cases/decline-referral';
import { DisableAgencyAccount } from './use-cases/disable-agency-account';
import { EnableAgencyAccount } from './use-cases/enable-agency-account';
import { EscalateOverdueReferrals } from './use-cases/escalate-overdue-referrals';
import { GetAgency } from './use-cases/get-agency';
import { GetReferral } from './use-cases/get-referral';
import { GetRoutingRules } from './use-cases/get-routing-rules';
import { ListAgencies } from './use-cases/list-agencies';
import { ListAgencyAccounts } from './use-cases/list-agency-accounts';
import { ListEscalations } from './use-cases/list-escalations';
import { ResolveEscalation } from './use-cases/resolve-escalation';
import { ListReferralStatuses } from './use-cases/list-referral-statuses';
import { ListReferrals } from './use-cases/list-referrals';
import { ListRoutingRulesVersions } from './use-cases/list-routing-rules-versions';
import { ListVictimReferrals } from './use-cases/list-victim-referrals';
import { LoadReferenceData } from './use-cases/load-reference-data';
import { ReferenceFiles } from './use-cases/reference-files';
import { ShippedReferenceFiles } from './reference-data/reference-files';
import { ResetAgencyAccountPassword } from './use-cases/reset-agency-account-password';
import { RouteIdentification } from './use-cases/route-identification';
import { ReferralRouter } from './use-cases/shared/referral-router';
import { SystemCloser } from './use-cases/shared/system-closer';
import { UpdateAgency } from './use-cases/update-agency';
import { DecideAgencyChangeRequest } from './use-cases/decide-agency-change-request';
import { ListAgencyChangeRequests } from './use-cases/list-agency-change-requests';
import { UpdateRoutingRules } from './use-cases/update-routing-rules';
import { REFERRAL_PERSON_AUDIT } from './persistence/person-audit-resources';
import { RoutingPreviewController } from './http/routing-preview.controller';
import { PreviewRouting } from './use-cases/preview-routing';

/** Resolved while the module is built, before the event consumers start: no event is routed without rules. */
export const REFERENCE_DATA_LOADED = Symbol('REFERENCE_DATA_LOADED');

@Module({
  imports: [
    PlatformModule.forService({
      service: 'referral',
      config: loadReferralConfig,
      entities: REFERRAL_ENTITIES,
      migrations: REFERRAL_MIGRATIONS,
    }),
  ],
  controllers: [
    ReferralsController, ReferralStatusesController, VictimsController, AgenciesController, AgencyChangeRequestsController, AccountsController, RoutingRulesController, RoutingPreviewController, EscalationsController, AuditController, IntakeEventsHandler,
  ],
  providers: [
    ...AUDIT_READ_PROVIDERS,
    PreviewRouting,
    REFERRAL_PERSON_AUDIT,
    AgencyRepository,
    AgencyChangeRequestRepository,
    ListAgencyChangeRequests,
    DecideAgencyChangeRequest,
    EscalationRepository,
    IdentificationRepository,
    ReferenceDataRepository,
    ReferralRepository,
    RoutingRulesRepository,
    ReferralRouter,
    SystemCloser,
    AcceptReferral,
    AcknowledgeReferral,
    ApplyConsentChange,
    ApplyCorrection,
    CloseOnErasure,
    CloseReferral,
    CreateAgency,
    CreateReferral,
    DeclineReferral,
    EscalateOverdueReferrals,
    GetAgency,
    GetReferral,
    GetRoutingRules,
    ListAgencies,
    ListEscalations,
    ResolveEscalation,
    ListReferrals,
    ListReferralStatuses,
    ListRoutingRulesVersions,
    ListVictimReferrals,
    LoadReferenceData,
    { provide: ReferenceFiles, useClass: ShippedReferenceFiles },
    RouteIdentification,
    UpdateAgency,
    UpdateRoutingRules,
    DeadlineScheduler,
    KeycloakAdminClient,
    { provide: AccountDirectory, useClass: KeycloakAccountDirectory },
    CreateAgencyAccount,
    DisableAgencyAccount,
    EnableAgencyAccount,
    ListAgencyAccounts,
    ResetAgencyAccountPassword,
    { provide: REFERENCE_DATA_LOADED, useFactory: (load: LoadReferenceData) => load.execute(), inject: [LoadReferenceData] },
  ],
})
export class ReferralModule {}
