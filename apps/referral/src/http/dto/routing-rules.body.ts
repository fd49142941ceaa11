import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Need, NEEDS, ORGANISATION_TYPES, OrganisationType } from '@relais/contracts';
import { RoutingRules } from '../../domain/routing-rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsOptional, Max, Min, ValidateNested,
} from 'class-validator';

const MAX_DEADLINE_MINUTES = 60 * 24 * 90;

export class AgencyTypePriorityBody {
  @ApiProperty({ enum: ORGANISATION_TYPES, description: 'An agency type eligible for the need.', example: 'Shelter' })
  @IsIn(ORGANISATION_TYPES)
  type!: OrganisationType;

  @ApiProperty({ type: 'integer', description: '1 is tried first; equal priorities go to the least busy agency.', minimum: 1, maximum: 100, example: 1 })
  @IsInt()
  @Min(1)
  @Max(100)
  priority!: number;
}

export class NeedRuleBody {
  @ApiProperty({ type: () => [AgencyTypePriorityBody], description: 'Agency types eligible for the need. Empty: the need always goes to the coordinator.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AgencyTypePriorityBody)
  agencyTypes!: AgencyTypePriorityBody[];
}

function needRule(need: Need): PropertyDecorator {
  const decorators = [
    ApiProperty({ type: () => NeedRuleBody, description: `Rule for the need \`${need}\`.` }),
    IsDefined(),
    ValidateNested(),
    Type(() => NeedRuleBody),
  ];
  return (target, key) => decorators.forEach((d) => d(target, key));
}

/** One rule per need of the vocabulary, each required: a need without a rule could never be routed. */
export class NeedRulesBody implements Record<Need, NeedRuleBody> {
  @needRule('shelter') shelter!: NeedRuleBody;
  @needRule('medical') medical!: NeedRuleBody;
  @needRule('psychosocial') psychosocial!: NeedRuleBody;
  @needRule('legalAid') legalAid!: NeedRuleBody;
  @needRule('interpretation') interpretation!: NeedRuleBody;
  @needRule('familyTracing') familyTracing!: NeedRuleBody;
  @needRule('repatriation') repatriation!: NeedRuleBody;
  @needRule('childProtection') childProtection!: NeedRuleBody;
  @needRule('basicNeeds') basicNeeds!: NeedRuleBody;
  @needRule('education') education!: NeedRuleBody;
  @needRule('livelihood') livelihood!: NeedRuleBody;
}

export class DeadlineRuleBody {
  @ApiPropertyOptional({ enum: NEEDS, description: 'The need this deadline is for; absent: any need.' })
  @IsOptional()
  @IsIn(NEEDS)
  need?: Need;

  @ApiPropertyOptional({ description: 'For urgent (true) or non-urgent (false) needs; absent: both.' })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;

  @ApiProperty({ type: 'integer', description: 'Minutes the agency has to acknowledge a new referral.', minimum: 1, maximum: MAX_DEADLINE_MINUTES, example: 120 })
  @IsInt()
  @Min(1)
  @Max(MAX_DEADLINE_MINUTES)
  acknowledgeMinutes!: number;

  @ApiProperty({ type: 'integer', description: 'Minutes the agency then has to accept (or decline) it.', minimum: 1, maximum: MAX_DEADLINE_MINUTES, example: 120 })
  @IsInt()
  @Min(1)
  @Max(MAX_DEADLINE_MINUTES)
  acceptMinutes!: number;
}

/** The rules themselves, as stored, edited and shipped in `data/routing-rules.json`. */
export class RoutingRulesContent {
  @ApiProperty({ type: () => NeedRulesBody, description: 'Per need, the agency types eligible and their priorities.' })
  @IsDefined()
  @ValidateNested()
  @Type(() => NeedRulesBody)
  needs!: NeedRulesBody;

  @ApiProperty({
    type: () => [DeadlineRuleBody],
    description: 'Deadlines; the most specific rule applies (need and urgency, need, urgency, then the one default rule without either).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DeadlineRuleBody)
  deadlines!: DeadlineRuleBody[];
}

export class RoutingRulesBody extends RoutingRulesContent {
  @ApiPropertyOptional({ type: 'integer', description: 'The rules version this edit is based on; or send `If-Match: "<version>"`.', minimum: 1, example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** Plain data out of the validated body (class instances would carry their prototypes into JSON storage). */
export function toRules(content: RoutingRulesContent): RoutingRules {
  const needs = Object.fromEntries(
    NEEDS.map((need) => [need, { agencyTypes: content.needs[need].agencyTypes.map((t) => ({ type: t.type, priority: t.priority })) }]),
  ) as RoutingRules['needs'];
  const deadlines = content.deadlines.map((d) => ({
    ...(d.need !== undefined ? { need: d.need } : {}),
    ...(d.urgent !== undefined ? { urgent: d.urgent } : {}),
    acknowledgeMinutes: d.acknowledgeMinutes,
    acceptMinutes: d.acceptMinutes,
  }));
  return { needs, deadlines };
}
