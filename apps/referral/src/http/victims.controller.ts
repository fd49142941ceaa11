import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { ListVictimReferrals } from '../use-cases/list-victim-referrals';
import { ReferralView } from '../use-cases/shared/views';
import { ApiErrors } from './api-docs';
import { VictimRefParams } from './dto/params';
import { ReferralViewDto } from './dto/views.dto';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('api/v1/victims')
export class VictimsController {
  constructor(private readonly listVictimReferrals: ListVictimReferrals) {}

  @Get(':victimRef/referrals')
  @Roles('agency_caseworker', 'agency_admin', 'coordinator')
  @ApiOperation({ summary: 'A person\'s referrals: all for the coordinator, its own for an agency involved; 404 for any other agency.' })
  @ApiOkResponse({ type: [ReferralViewDto] })
  @ApiErrors(400, 401, 403, 404)
  list(@CurrentUser() principal: Principal, @Param() params: VictimRefParams): Promise<ReferralView[]> {
    return this.listVictimReferrals.execute(principal, params.victimRef);
  }
}
