import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { currentLanguage, VictimRefsQuery } from '@relais/platform';
import { ListCaseStatuses } from '../use-cases/list-case-statuses';
import { ApiCommonErrors } from './api-docs';
import { CaseStatusListDto } from './dto/views';

@ApiTags('victims')
@ApiCommonErrors()
@Controller('api/v1/case-statuses')
export class CaseStatusesController {
  constructor(private readonly statuses: ListCaseStatuses) {}

  @Get()
  @Roles('police_officer', 'police_supervisor', 'coordinator')
  @ApiOperation({
    summary: 'Whether the persons\' cases are open (reference, office, stage; nothing of their content): an officer sees those reached through '
      + 'their unit\'s identifications, a supervisor their region\'s, the coordinator all. Persons outside that scope have none listed.',
  })
  @ApiOkResponse({ type: CaseStatusListDto })
  list(@CurrentUser() user: Principal, @Query() query: VictimRefsQuery): Promise<CaseStatusListDto> {
    return this.statuses.execute(user, query.victimRef, currentLanguage());
  }
}
