import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_STAGES, CaseStage, HEARING_KINDS, HearingKind, JUDGMENT_OUTCOMES, JudgmentOutcome, REGIONS, Region, SEXES } from '@relais/contracts';
import { KeysetPageView } from '@relais/platform';
import { CUSTODY_STATUSES, IDENTITY_DOCUMENT_KINDS, IdentityDocumentKind } from '../../domain/defendant';
import { OFFICE_KINDS, OfficeKind } from '../../domain/office-directory';
import { SENTENCE_WARNING_CODES, SentenceWarningCode } from '../../domain/statutory-penalties';
import { CaseSummary } from '../../use-cases/case-views';
import { ChargeView, DefendantSummary } from '../../use-cases/defendant-views';
import { CaseDetail, StageChangeView, TransferView, VictimLinkView } from '../../use-cases/get-case';
import { CaseCounts } from '../../use-cases/count-cases-by-stage';
import { OfficeList, OfficeView } from '../../use-cases/list-offices';
import { CaseStatusView } from '../../use-cases/list-case-statuses';
import { VictimCaseStatus } from '../../use-cases/list-victim-cases';
import { DefendantDetail } from '../../use-cases/read-defendant';
import { JudgmentView, VerdictView, WarningView } from '../../use-cases/record-judgment';
import { HearingView } from '../../use-cases/schedule-hearing';

// Response shapes for the OpenAPI document. Each implements the use case's own view type, so the
// document cannot drift from what the service answers without the compiler noticing.

export class CaseSummaryDto implements CaseSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'C-7K3M9Q2X', description: 'Human-readable reference quoted in notifications' }) reference!: string;
  @ApiProperty({ example: 'parquet-tgi-mopti', description: "The prosecutor's office holding the case" }) officeId!: string;
  @ApiProperty({ enum: REGIONS }) region!: Region;
  @ApiProperty({ type: String, nullable: true }) cercle!: string | null;
  @ApiProperty({ enum: CASE_STAGES }) stage!: CaseStage;
  @ApiProperty({ format: 'date-time', description: 'When the current stage took effect' }) stageChangedAt!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ enum: ['identification', 'prosecutor'] }) openedFrom!: 'identification' | 'prosecutor';
  @ApiProperty({ type: [String], example: ['V-7K3M9Q2XRT'], description: 'Pseudonymous references of the victims' }) victimRefs!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) identificationIds!: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set once the case was merged into another' }) mergedIntoCaseId!: string | null;
  @ApiProperty({ example: 1, description: 'Send it back with decisions (optimistic concurrency)' }) version!: number;
}

export class CasePageDto extends KeysetPageView(CaseSummaryDto) {}

export class CaseCountsByStageDto implements Record<CaseStage, number> {
  @ApiProperty() reportReceived!: number;
  @ApiProperty() preliminaryInvestigation!: number;
  @ApiProperty() judicialInvestigation!: number;
  @ApiProperty() committedForTrial!: number;
  @ApiProperty() trial!: number;
  @ApiProperty() judgment!: number;
  @ApiProperty() appeal!: number;
  @ApiProperty() final!: number;
  @ApiProperty() dismissed!: number;
  @ApiProperty() noCase!: number;
}

export class CaseCountsDto implements CaseCounts {
  @ApiProperty({ type: CaseCountsByStageDto, description: 'Every stage, 0 when no case is at it' }) byStage!: CaseCountsByStageDto;
}

export class ChargeDto implements ChargeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'traffickingForcedLabour' }) offence!: string;
  @ApiProperty({ example: '02042', description: 'UNODC ICCS code' }) iccs!: string;
  @ApiProperty({ example: 'Loi 2012-023' }) law!: string;
  @ApiProperty({ format: 'date-time' }) chargedAt!: string;
}

export class DefendantSummaryDto implements DefendantSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: SEXES }) sex!: string;
  @ApiProperty({ type: String, nullable: true, example: 'ML' }) nationality!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'RecruiterOrIntermediary' }) role!: string | null;
  @ApiProperty({ enum: CUSTODY_STATUSES }) custody!: string;
  @ApiProperty() inCustody!: boolean;
  @ApiProperty({ format: 'date-time' }) addedAt!: string;
  @ApiProperty({ type: [ChargeDto] }) charges!: ChargeDto[];
}

export class IdentityDocumentDto {
  @ApiProperty({ enum: IDENTITY_DOCUMENT_KINDS }) kind!: IdentityDocumentKind;
  @ApiProperty() number!: string;
  @ApiPropertyOptional() issuingCountry?: string;
}

export class DefendantIdentityDto {
  @ApiPropertyOptional() familyName?: string;
  @ApiPropertyOptional() givenNames?: string;
  @ApiPropertyOptional({ type: [String] }) aliases?: string[];
  @ApiPropertyOptional({ format: 'date' }) dateOfBirth?: string;
  @ApiPropertyOptional({ type: [IdentityDocumentDto] }) identityDocuments?: IdentityDocumentDto[];
  @ApiPropertyOptional() address?: string;
}

export class DefendantDetailDto extends DefendantSummaryDto implements DefendantDetail {
  @ApiProperty({ type: DefendantIdentityDto, nullable: true, description: 'Decrypted for this audited read; null once erased' })
  identity!: DefendantIdentityDto | null;
}

export class HearingDto implements HearingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() court!: string;
  @ApiProperty({ enum: HEARING_KINDS }) kind!: HearingKind;
}

export class VerdictDto implements VerdictView {
  @ApiProperty({ format: 'uuid' }) defendantId!: string;
  @ApiProperty({ enum: JUDGMENT_OUTCOMES }) outcome!: JudgmentOutcome;
  @ApiProperty({ type: [String], description: 'The charges the outcome is on' }) chargeIds!: string[];
  @ApiProperty({ type: [String], example: ['02042'] }) iccs!: string[];
  @ApiProperty({ type: Number, nullable: true }) sentenceMonths!: number | null;
  @ApiProperty({ type: Number, nullable: true }) fineFcfa!: number | null;
  @ApiProperty({ type: Number, nullable: true }) compensationFcfa!: number | null;
}

export class WarningDto implements WarningView {
  @ApiProperty({ enum: SENTENCE_WARNING_CODES }) code!: SentenceWarningCode;
  @ApiProperty({ format: 'uuid' }) defendantId!: string;
  @ApiProperty({ example: 'loi-2012-023-art-7' }) penaltyId!: string;
  @ApiProperty({ example: 'Loi n° 2012-023 du 12 juillet 2012, art. 7' }) law!: string;
  @ApiProperty({ example: 60 }) minMonths!: number;
  @ApiProperty({ example: 120 }) maxMonths!: number;
  @ApiProperty({ type: Number, nullable: true }) sentenceMonths!: number | null;
  @ApiProperty({ description: "In the caller's language" }) message!: string;
}

export class JudgmentDto implements JudgmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ['first', 'appeal'] }) instance!: 'first' | 'appeal';
  @ApiProperty({ format: 'date-time' }) renderedAt!: string;
  @ApiProperty() court!: string;
  @ApiProperty({ type: String, nullable: true }) decisionRef!: string | null;
  @ApiProperty({ type: [VerdictDto] }) verdicts!: VerdictDto[];
  @ApiProperty({ type: [WarningDto], description: 'Sentences outside what the law sets: recorded as given, pointed out' }) warnings!: WarningDto[];
}

export class VictimLinkDto implements VictimLinkView {
  @ApiProperty({ example: 'V-7K3M9Q2XRT' }) victimRef!: string;
  @ApiProperty({ format: 'uuid' }) identificationId!: string;
  @ApiProperty({ enum: REGIONS }) region!: string;
  @ApiProperty({ type: String, nullable: true }) cercle!: string | null;
  @ApiProperty({ format: 'date-time' }) identifiedAt!: string;
  @ApiProperty({ format: 'date-time' }) linkedAt!: string;
  @ApiProperty({ description: "Intake erased the person's details" }) personalDataErased!: boolean;
  @ApiProperty({ type: [String], description: 'Agencies holding an accepted, open referral for the person (ids)' }) accompaniedBy!: string[];
}

export class StageChangeDto implements StageChangeView {
  @ApiProperty({ enum: CASE_STAGES, nullable: true }) from!: CaseStage | null;
  @ApiProperty({ enum: CASE_STAGES }) to!: CaseStage;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) decisionRef!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "Decrypted for this audited read, for the holding office's prosecutor only" }) note!: string | null;
  @ApiProperty({ description: 'Whether a note was recorded (shown even when its text is withheld)' }) hasNote!: boolean;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class TransferDto implements TransferView {
  @ApiProperty() fromOfficeId!: string;
  @ApiProperty() toOfficeId!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CaseDetailDto extends CaseSummaryDto implements CaseDetail {
  @ApiProperty({ type: [VictimLinkDto] }) victims!: VictimLinkDto[];
  @ApiProperty({ type: [DefendantSummaryDto], description: 'Without identities (see GET …/defendants/{defendantId})' }) defendants!: DefendantSummaryDto[];
  @ApiProperty({ type: [HearingDto] }) hearings!: HearingDto[];
  @ApiProperty({ type: [JudgmentDto] }) judgments!: JudgmentDto[];
  @ApiProperty({ type: [StageChangeDto] }) stageHistory!: StageChangeDto[];
  @ApiProperty({ type: [TransferDto] }) transfers!: TransferDto[];
  @ApiProperty({ type: [String], description: 'Other cases sharing a victim: candidates for a merge' }) relatedCaseIds!: string[];
}

export class UpcomingHearingDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() court!: string;
  @ApiProperty({ enum: HEARING_KINDS }) kind!: HearingKind;
}

export class VictimCaseStatusDto implements VictimCaseStatus {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'C-7K3M9Q2X' }) reference!: string;
  @ApiProperty() officeId!: string;
  @ApiProperty({ enum: CASE_STAGES }) stage!: CaseStage;
  @ApiProperty({ format: 'date-time' }) stageChangedAt!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: [UpcomingHearingDto] }) upcomingHearings!: UpcomingHearingDto[];
}

export class CaseStatusDto implements CaseStatusView {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'C-7K3M9Q2X', description: 'Human-readable reference quoted in notifications' }) reference!: string;
  @ApiProperty({ example: 'V-7K3M9Q2XRT', description: 'Pseudonymous reference of the person' }) victimRef!: string;
  @ApiProperty({ example: 'parquet-tgi-mopti', description: "The prosecutor's office holding the case" }) officeId!: string;
  @ApiProperty({ description: "The office's name, in the caller's language" }) officeName!: string;
  @ApiProperty({ enum: CASE_STAGES }) stage!: CaseStage;
  @ApiProperty({ description: 'False once the case is final, dismissed or found to be no case' }) open!: boolean;
  @ApiProperty({ format: 'date-time', description: 'When the current stage took effect' }) stageChangedAt!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
}

export class CaseStatusListDto {
  @ApiProperty({ type: [CaseStatusDto] }) items!: CaseStatusDto[];
}

export class OfficeDto implements OfficeView {
  @ApiProperty({ example: 'parquet-tgi-mopti' }) id!: string;
  @ApiProperty({ enum: OFFICE_KINDS }) kind!: OfficeKind;
  @ApiProperty() seat!: string;
  @ApiProperty({ description: "In the caller's language" }) name!: string;
  @ApiProperty({ description: "In the caller's language" }) court!: string;
  @ApiProperty({ description: 'The court is named in a published source (false: a demo assumption)' }) confirmed!: boolean;
  @ApiProperty({ type: [String], example: ['mopti'], description: 'Places routed to the office: region or region/cercle' }) places!: string[];
}

export class OfficeListDto implements OfficeList {
  @ApiProperty({ example: '2026.1-demo' }) version!: string;
  @ApiProperty({ enum: ['demo', 'official'] }) status!: 'demo' | 'official';
  @ApiProperty() notice!: string;
  @ApiProperty({ type: [OfficeDto] }) offices!: OfficeDto[];
}
