import { ApiProperty } from '@nestjs/swagger';
import {
  AGE_BANDS, DECLINE_REASONS, ESCALATION_CAUSES, EscalationCause, Need, NEEDS, ORGANISATION_TYPES, REFERRAL_OUTCOMES, REFERRAL_STATUSES, Region,
  REGIONS, SEXES,
} from '@relais/contracts';
import { KeysetPageView } from '@relais/platform';
import type { AgencyView, EscalationResolutionView, EscalationView, ReferralStatusView, ReferralView, RoutingRulesView } from '../../use-cases/shared/views';
import type { RulesVersionView } from '../../use-cases/list-routing-rules-versions';
import { AcceptsBody, CapacityBody, COVERAGES } from './agency.body';
import { RoutingRulesContent } from './routing-rules.body';
import { ESCALATION_RESOLUTIONS, EscalationResolution } from '../../domain/escalation';

/* Response shapes, for the OpenAPI document only: the use cases build the answers. */

export class ReferralViewDto implements ReferralView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Human-readable reference, quoted in notifications.', example: 'R-7K3M9Q2X' }) reference!: string;
  @ApiProperty({ description: 'Pseudonymous reference of the person (never a name).', example: 'V-7K3M9Q2XPA' }) victimRef!: string;
  @ApiProperty({ format: 'uuid' }) identificationId!: string;
  @ApiProperty({ example: 'demo-shelter-mopti' }) agencyId!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) agencyType!: string;
  @ApiProperty({ enum: NEEDS }) need!: string;
  @ApiProperty() urgent!: boolean;
  @ApiProperty({ enum: REGIONS }) region!: string;
  @ApiProperty() isMinor!: boolean;
  @ApiProperty({ enum: AGE_BANDS }) ageGroup!: string;
  @ApiProperty({ enum: SEXES }) sex!: string;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Deadline running now: to acknowledge while pending, to accept once acknowledged.' })
  dueBy!: string | null;
  @ApiProperty({ type: 'integer', description: 'Quote it (body `version` or `If-Match`) in the next change.', example: 1 }) version!: number;
  @ApiProperty({ type: 'integer', description: 'Routing rules version the referral was made with.', example: 1 }) rulesVersion!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The declined or overdue referral this one replaces.' })
  reroutedFrom!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) acknowledgedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) acceptedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) declinedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: DECLINE_REASONS }) declineReason!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Free text; stays in this service.' }) declineNote!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the deadline was missed.' }) escalatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: REFERRAL_OUTCOMES }) outcome!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Free text; stays in this service.' }) closeNote!: string | null;
}

export class ReferralPageDto extends KeysetPageView(ReferralViewDto) {}

export class ReferralStatusDto implements ReferralStatusView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Human-readable reference, quoted in notifications.', example: 'R-7K3M9Q2X' }) reference!: string;
  @ApiProperty({ description: 'Pseudonymous reference of the person (never a name).', example: 'V-7K3M9Q2XPA' }) victimRef!: string;
  @ApiProperty({ format: 'uuid', description: 'The identification the referral was made from.' }) identificationId!: string;
  @ApiProperty({ enum: NEEDS }) need!: string;
  @ApiProperty() urgent!: boolean;
  @ApiProperty({ example: 'demo-shelter-mopti' }) agencyId!: string;
  @ApiProperty({ example: 'Centre d’accueil de Mopti (démo)' }) agencyName!: string;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Deadline running now: to acknowledge while pending, to accept once acknowledged.' })
  dueBy!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Last change of status.' }) updatedAt!: string;
}

export class ReferralStatusListDto {
  @ApiProperty({ type: () => [ReferralStatusDto] }) items!: ReferralStatusDto[];
}

export class AgencyViewDto implements AgencyView {
  @ApiProperty({ example: 'demo-shelter-mopti' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type!: string;
  @ApiProperty({ enum: NEEDS, isArray: true }) services!: string[];
  @ApiProperty({ enum: COVERAGES, isArray: true }) regions!: AgencyView['regions'];
  @ApiProperty({ type: () => AcceptsBody }) accepts!: AgencyView['accepts'];
  @ApiProperty({ type: [String], description: 'ISO 639 codes.' }) languages!: string[];
  @ApiProperty({ type: () => CapacityBody, nullable: true }) capacity!: AgencyView['capacity'];
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'From the fictitious demo directory: not a real agency.' }) demo!: boolean;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class RoutingRulesViewDto implements RoutingRulesView {
  @ApiProperty({ type: 'integer', example: 2 }) version!: number;
  @ApiProperty({ description: '`file:<data file>@<file version>` or `api`.', example: 'api' }) source!: string;
  @ApiProperty({ description: 'Who made this version (`system:referral` for a data file).' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: () => RoutingRulesContent }) rules!: RoutingRulesView['rules'];
}

export class RulesVersionDto implements RulesVersionView {
  @ApiProperty({ type: 'integer', example: 2 }) version!: number;
  @ApiProperty({ example: 'api' }) source!: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class EscalationViewDto implements EscalationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Absent when no agency could be found at all.' }) referralId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'R-7K3M9Q2X' }) reference!: string | null;
  @ApiProperty({ example: 'V-7K3M9Q2XPA' }) victimRef!: string;
  @ApiProperty({ format: 'uuid' }) identificationId!: string;
  @ApiProperty({ nullable: true, type: String }) agencyId!: string | null;
  @ApiProperty({ enum: NEEDS }) need!: Need;
  @ApiProperty() urgent!: boolean;
  @ApiProperty({ enum: REGIONS }) region!: Region;
  @ApiProperty({ enum: ESCALATION_CAUSES }) cause!: EscalationCause;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The referral made to the next candidate.' }) reroutedTo!: string | null;
  @ApiProperty({ format: 'date-time' }) escalatedAt!: string;
  @ApiProperty({ type: 'integer', example: 1, description: 'What a resolution must quote (body `version` or If-Match).' }) version!: number;
  @ApiProperty({ type: () => EscalationResolutionDto, nullable: true, description: 'Null while the escalation is open.' }) resolution!: EscalationResolutionDto | null;
}

export class EscalationResolutionDto implements EscalationResolutionView {
  @ApiProperty({ enum: ESCALATION_RESOLUTIONS }) code!: EscalationResolution;
  @ApiProperty({ nullable: true, type: String, description: 'The coordinator’s note; erased with the person’s data.' }) note!: string | null;
  @ApiProperty({ description: 'Account id of the coordinator.' }) resolvedBy!: string;
  @ApiProperty({ format: 'date-time' }) resolvedAt!: string;
}

export class EscalationPageDto extends KeysetPageView(EscalationViewDto) {}
