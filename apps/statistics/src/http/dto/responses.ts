import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGE_BANDS, ASSESSMENTS, CASE_STAGES, EXPLOITATION_FORMS, HEARING_KINDS, INSTITUTIONS, NEEDS, ORGANISATION_TYPES, REFERRAL_STATUSES,
  REGIONS, SEXES,
} from '@relais/contracts';
import { CITIZENSHIPS, DECLINE_REASON_LEVELS, INDICATOR_DIMENSIONS, OPENED_FROM, SENTENCE_BANDS } from '../../domain/dimensions';
import { UNAVAILABLE_REASONS } from '../../domain/population';

/** A count: the exact number, or in a protected table `<N` (a small count, or a zero hidden as complement) or `x` (hidden, N or more). */
const COUNT = {
  oneOf: [{ type: 'integer', minimum: 0 }, { type: 'string', example: '<5', description: '`<N` (N = the threshold) or `x`' }],
};
/** A figure derived from counts: hidden (`x`) where it would give a hidden count back; null when there is nothing to compute. */
const DERIVED = { oneOf: [{ type: 'number' }, { type: 'string', enum: ['x'] }], nullable: true };

export class DisclosureDto {
  @ApiProperty({ description: 'True for exact counts (roles coordinator and statistician); false for a protected, publishable table.' })
  exact!: boolean;

  @ApiProperty({ description: 'Counts from 1 to threshold-1 are shown as `<threshold`.', example: 5 })
  threshold!: number;

  @ApiProperty({ description: 'The table was too sparse to protect cell by cell, so every cell of a count is hidden.' })
  hiddenAll!: boolean;
}

class PeriodColumn {
  @ApiPropertyOptional({ description: 'Present when `period` was asked: `2026-03`, `2026-Q1` or `2026`.', example: '2026-03' })
  period?: string;
}

export class VictimsRow extends PeriodColumn {
  @ApiPropertyOptional({ enum: REGIONS }) region?: string;
  @ApiPropertyOptional({ enum: SEXES }) sex?: string;
  @ApiPropertyOptional({ enum: AGE_BANDS, description: 'CTDC age band' }) ageGroup?: string;
  @ApiPropertyOptional({ description: 'Under 18 when identified' }) minor?: boolean;
  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2', example: 'ML' }) nationality?: string;
  @ApiPropertyOptional({ enum: EXPLOITATION_FORMS }) form?: string;
  @ApiPropertyOptional({ enum: INSTITUTIONS, description: 'Identifying institution' }) institution?: string;
  @ApiPropertyOptional({ enum: ASSESSMENTS }) assessment?: string;
  @ApiProperty({ ...COUNT, description: 'Presumed victims identified' }) count!: number | string;
}

export class ReferralsRow extends PeriodColumn {
  @ApiPropertyOptional({ enum: NEEDS }) need?: string;
  @ApiPropertyOptional({ enum: ORGANISATION_TYPES }) agencyType?: string;
  @ApiPropertyOptional({ enum: REGIONS }) region?: string;
  @ApiPropertyOptional({ enum: SEXES }) sex?: string;
  @ApiPropertyOptional({ enum: AGE_BANDS }) ageGroup?: string;
  @ApiPropertyOptional() minor?: boolean;
  @ApiPropertyOptional() urgent?: boolean;
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, description: 'Current status' }) status?: string;
  @ApiPropertyOptional({ enum: DECLINE_REASON_LEVELS, description: 'Why the agency declined it (a code); none when not declined' }) declineReason?: string;
  @ApiProperty({ ...COUNT, description: 'Referrals made in the period' }) count!: number | string;
  @ApiProperty({ ...COUNT, description: 'Of which accepted' }) accepted!: number | string;
  @ApiProperty({ ...COUNT, description: 'Of which declined' }) declined!: number | string;
  @ApiProperty({ ...COUNT, description: 'Of which escalated to the coordinator' }) escalated!: number | string;
  @ApiProperty({ ...COUNT, description: 'Of which escalated because a deadline was missed' }) overdue!: number | string;
  @ApiProperty({ ...COUNT, description: 'Of which closed' }) closed!: number | string;
  @ApiProperty({ ...COUNT, description: 'Of which accepted without missing a deadline' }) acceptedWithinDeadline!: number | string;
  @ApiProperty({ ...DERIVED, description: 'acceptedWithinDeadline / count, 3 decimals' }) shareAcceptedWithinDeadline!: number | string | null;
  @ApiProperty({ ...DERIVED, description: 'Median whole hours from identification to acceptance (nearest rank)' }) medianHoursToAcceptance!: number | string | null;
  @ApiProperty({ ...DERIVED, description: '90th percentile of the same (nearest rank)' }) p90HoursToAcceptance!: number | string | null;
}

export class ProsecutionsRow extends PeriodColumn {
  @ApiPropertyOptional({ enum: SEXES }) sex?: string;
  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2, or unknown' }) nationality?: string;
  @ApiPropertyOptional({ description: 'ICCS code charged or convicted of (0204x: trafficking in persons); none before any charge', example: '02042' }) iccs?: string;
  @ApiPropertyOptional({ enum: REGIONS }) region?: string;
  @ApiPropertyOptional({ description: "Prosecutor's office holding the case" }) office?: string;
  @ApiPropertyOptional({ enum: OPENED_FROM }) openedFrom?: string;
  @ApiPropertyOptional({ enum: CASE_STAGES, description: 'Current stage of the case' }) caseStage?: string;
  @ApiPropertyOptional({ enum: SENTENCE_BANDS, description: 'Prison sentence in months' }) sentenceBand?: string;
  @ApiPropertyOptional({ enum: HEARING_KINDS }) hearingKind?: string;
  @ApiPropertyOptional() minor?: boolean;
  @ApiProperty({ ...COUNT, description: 'persons: brought into formal contact (recorded as defendant) in the period; cases, sentences, hearings: the count; timeToJudgment: victims judged' }) count!: number | string;
  @ApiPropertyOptional({ ...COUNT, description: 'persons: prosecuted (charged)' }) prosecuted?: number | string;
  @ApiPropertyOptional({ ...COUNT, description: 'persons: convicted at first instance' }) convicted?: number | string;
  @ApiPropertyOptional({ ...COUNT, description: 'persons: acquitted at first instance' }) acquitted?: number | string;
  @ApiPropertyOptional({ ...DERIVED, description: 'timeToJudgment: median whole days (nearest rank)' }) medianDays?: number | string | null;
  @ApiPropertyOptional({ ...DERIVED, description: 'timeToJudgment: 90th percentile of whole days (nearest rank)' }) p90Days?: number | string | null;
}

export class IndicatorsRow {
  @ApiProperty({ description: '`sdg-16.2.2`, or a headline figure (victimsIdentified, childVictimsIdentified, referralsMade, victimsReferred, referralsAccepted, referralsAcceptedWithinDeadline, needsWithoutAgency, casesOpened, personsProsecuted, personsConvicted, personsAcquitted, medianHoursToAcceptance)' })
  indicator!: string;
  @ApiPropertyOptional({ enum: INDICATOR_DIMENSIONS, description: 'One property per breakdown asked (sex, ageGroup, minor, form, region)' }) breakdown?: string;
  @ApiPropertyOptional({ ...COUNT, description: 'SDG rows: detected victims of trafficking' }) count?: number | string;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'SDG rows: the census population divided by; null when unavailable' }) population?: number | null;
  @ApiPropertyOptional({ ...DERIVED, description: 'SDG rows: victims per 100,000 population, 2 decimals; null when no population exists for the breakdown' }) ratePer100k?: number | string | null;
  @ApiPropertyOptional({ enum: ['national', 'nationalBySex', 'region'], nullable: true, description: 'SDG rows: which population was used' }) denominator?: string | null;
  @ApiPropertyOptional({ description: `SDG rows: the source of the population, or why a rate is unavailable (${UNAVAILABLE_REASONS.join(', ')})` }) note?: string;
  @ApiPropertyOptional({ oneOf: [{ type: 'number' }, { type: 'string' }], nullable: true, description: 'Headline rows: the figure' }) value?: number | string | null;
}

export class GlotipRow {
  @ApiProperty({ enum: ['victims', 'persons'] }) section!: string;
  @ApiPropertyOptional({ enum: SEXES }) sex?: string;
  @ApiPropertyOptional({ enum: ['child', 'adult'], description: 'victims' }) ageGroup?: string;
  @ApiPropertyOptional({ description: 'victims: GLOTIP form of exploitation', example: 'forcedLabour' }) form?: string;
  @ApiPropertyOptional({ enum: ['prosecuted', 'convicted'], description: 'persons (trafficking charges, ICCS 0204)' }) stage?: string;
  @ApiPropertyOptional({ enum: CITIZENSHIPS, description: 'persons' }) citizenship?: string;
  @ApiProperty(COUNT) count!: number | string;
}

export class CoverageDto {
  @ApiProperty({ format: 'date', description: 'First day counted' }) from!: string;
  @ApiProperty({ format: 'date', description: 'Last day counted' }) to!: string;
  @ApiProperty({
    description:
      'True when the days asked were moved: published (protected) figures cover whole, completed months only — a range is widened to whole months ' +
      'and cut at the end of the last complete month, annual figures are for completed years — so that two queries a day apart cannot be subtracted.',
  })
  snapped!: boolean;
}

export class VictimsResponse {
  @ApiProperty({ type: [VictimsRow] }) rows!: VictimsRow[];
  @ApiProperty() disclosure!: DisclosureDto;
  @ApiProperty() coverage!: CoverageDto;
}
export class ReferralsResponse {
  @ApiProperty({ type: [ReferralsRow] }) rows!: ReferralsRow[];
  @ApiProperty() disclosure!: DisclosureDto;
  @ApiProperty() coverage!: CoverageDto;
}
export class ProsecutionsResponse {
  @ApiProperty({ type: [ProsecutionsRow] }) rows!: ProsecutionsRow[];
  @ApiProperty() disclosure!: DisclosureDto;
  @ApiProperty() coverage!: CoverageDto;
}
export class IndicatorsResponse {
  @ApiProperty({ type: [IndicatorsRow] }) rows!: IndicatorsRow[];
  @ApiProperty() disclosure!: DisclosureDto;
  @ApiProperty() coverage!: CoverageDto;
}
export class GlotipResponse {
  @ApiProperty({ type: [GlotipRow] }) rows!: GlotipRow[];
  @ApiProperty() disclosure!: DisclosureDto;
  @ApiProperty() coverage!: CoverageDto;
}
