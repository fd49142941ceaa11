/**
 * The closed code lists that domain logic branches on, as literal types. Their values must equal
 * the data files' (a unit test holds them together); open lists such as countries stay data only.
 */
export const REGIONS = [
  'kayes', 'koulikoro', 'sikasso', 'segou', 'mopti', 'tombouctou', 'gao', 'kidal', 'taoudenit', 'menaka',
  'nioro', 'kita', 'dioila', 'nara', 'bougouni', 'koutiala', 'san', 'douentza', 'bandiagara', 'bamako',
] as const;
export type Region = (typeof REGIONS)[number];

export const SEXES = ['female', 'male', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const NEEDS = [
  'shelter', 'medical', 'psychosocial', 'legalAid', 'interpretation', 'familyTracing', 'repatriation',
  'childProtection', 'basicNeeds', 'education', 'livelihood',
] as const;
export type Need = (typeof NEEDS)[number];

export const EXPLOITATION_FORMS = [
  'ForcedLabour', 'SexualExploitation', 'ChildLabour', 'ForcedMarriage', 'Servitude', 'ForcedMilitaryByNonStateActors',
  'OrganRemoval', 'ForcedBegging', 'ForcedAdoption', 'Surrogacy', 'Other', 'HereditarySlavery', 'MigrantSmuggling',
] as const;
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

export const ASSESSMENTS = ['PossibleVictimOfTrafficking', 'ActualVictimOfTrafficking'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const AGE_BANDS = ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const INSTITUTIONS = ['police', 'gendarmerie', 'nationalGuard', 'other'] as const;
export type Institution = (typeof INSTITUTIONS)[number];

export const ILO_INDICATORS = [
  'abuseOfVulnerability', 'deception', 'restrictionOfMovement', 'isolation', 'physicalAndSexualViolence',
  'intimidationAndThreats', 'retentionOfIdentityDocuments', 'withholdingOfWages', 'debtBondage',
  'abusiveWorkingAndLivingConditions', 'excessiveOvertime',
] as const;
export type IloIndicator = (typeof ILO_INDICATORS)[number];

export const CONSENT_GIVERS = ['victim', 'guardian', 'notApplicable'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const ORGANISATION_TYPES = [
  'NGO', 'LawEnforcement', 'HealthServiceOrganisation', 'CentralGovernmentOrganisation', 'LocalGovernmentOrganisation',
  'ImmigrationService', 'LegalService', 'CorporateBusiness', 'SchoolOrCollege',
  'Shelter', 'ChildProtection', 'HealthService', 'LegalAid', 'PsychosocialSupport', 'ReturnAndReintegration',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const REFERRAL_STATUSES = ['pending', 'acknowledged', 'accepted', 'declined', 'escalated', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_OUTCOMES = [
  'serviceProvided', 'personDeclined', 'unreachable', 'transferred', 'consentWithdrawn', 'personalDataErased',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export const DECLINE_REASONS = ['noCapacity', 'notEligible', 'outOfArea', 'serviceUnavailable', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const ESCALATION_CAUSES = ['deadlineMissed', 'noCandidate', 'declined'] as const;
export type EscalationCause = (typeof ESCALATION_CAUSES)[number];

// Shared with the web app, which offers the steps between them (libs/vocabulary).
export { CASE_STAGES, type CaseStage } from '@relais/vocabulary';

export const JUDGMENT_OUTCOMES = ['convicted', 'acquitted'] as const;
export type JudgmentOutcome = (typeof JUDGMENT_OUTCOMES)[number];

export const NOTIFICATION_CHANNELS = ['webhook', 'email', 'sms', 'inbox'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const RECIPIENT_KINDS = ['agency', 'office', 'coordinator'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
