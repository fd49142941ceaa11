import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { VictimRefsQuery } from '@relais/platform';
import { ListReferralStatuses } from '../use-cases/list-referral-statuses';
import { ReferralStatusView } from '../use-cases/shared/views';
import { ApiErrors } from './api-docs';
import { ReferralStatusListDto } from './dto/views.dto';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('api/v1/referral-statuses')
export class ReferralStatusesController {
  constructor(private readonly listStatuses: ListReferralStatuses) {}

  @Get()
  @Roles('police_officer', 'police_supervisor', 'coordinator')
  @ApiOperation({
    summary: 'Where the referrals of several persons stand (status, need, agency, deadline; no note): an officer sees those of their unit\'s '
      + 'identifications, a supervisor their region\'s, the coordinator all. Persons outside that scope have none listed.',
  })
  @ApiOkResponse({ type: ReferralStatusListDto })
  @ApiErrors(400, 401, 403)
  list(@CurrentUser() principal: Principal, @Query() query: VictimRefsQuery): Promise<{ items: ReferralStatusView[] }> {
    return this.listStatuses.execute(principal, query.victimRef);
  }
}
