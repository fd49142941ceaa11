import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUuidField, NEEDS } from '@relais/contracts';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { CHANGE_REQUEST_STATUSES, ChangeRequestStatus } from '../../domain/agency-change-request';
import { AgencyChangeRequestView, AgencyEditView } from '../../use-cases/shared/change-request-view';
import { AcceptsBody, COVERAGES } from './agency.body';
import { AgencyViewDto } from './views.dto';

export class ChangeRequestIdParams {
  @ApiProperty({ description: 'Change request id (UUID).', example: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f' })
  @IsUuidField()
  id!: string;
}

const LISTED_STATUSES = [...CHANGE_REQUEST_STATUSES, 'all'] as const;

export class ListChangeRequestsQuery {
  @ApiPropertyOptional({ enum: LISTED_STATUSES, default: 'pending', description: 'Which requests; pending by default, `all` for the history.' })
  @IsOptional()
  @IsIn(LISTED_STATUSES)
  status?: ChangeRequestStatus | 'all';
}

export class DecideChangeRequestBody {
  @ApiPropertyOptional({ type: 'integer', description: 'The request version this decision is based on; or send `If-Match: "<version>"`.', minimum: 1, example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ description: 'Why, for the agency administrator (mostly on a rejection). No personal data.', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

class RoutingScopeChangeDto {
  @ApiPropertyOptional({ enum: NEEDS, isArray: true }) services?: string[];
  @ApiPropertyOptional({ enum: COVERAGES, isArray: true }) regions?: string[];
  @ApiPropertyOptional({ type: () => AcceptsBody }) accepts?: AcceptsBody;
}

export class AgencyChangeRequestDto implements AgencyChangeRequestView {
  @ApiProperty({ example: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f' }) id!: string;
  @ApiProperty({ example: 'demo-shelter-mopti' }) agencyId!: string;
  @ApiProperty({ type: () => RoutingScopeChangeDto, description: 'The requested routing scope: only the fields asked for.' }) changes!: AgencyChangeRequestView['changes'];
  @ApiProperty({ enum: CHANGE_REQUEST_STATUSES }) status!: string;
  @ApiProperty({ description: 'Account id of the agency administrator who asked.' }) requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
}

export class AgencyEditDto implements AgencyEditView {
  @ApiProperty({ type: () => AgencyViewDto, description: 'The agency after the changes that apply at once.' }) agency!: AgencyViewDto;
  @ApiProperty({ type: () => AgencyChangeRequestDto, description: 'The routing-scope change waiting for the coordinator.' }) changeRequest!: AgencyChangeRequestDto;
}
