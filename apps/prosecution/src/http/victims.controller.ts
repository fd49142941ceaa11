import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { ErrorBodyDto } from '@relais/platform';
import { ListVictimCases } from '../use-cases/list-victim-cases';
import { ApiCommonErrors } from './api-docs';
import { VictimParams } from './dto/params';
import { VictimCaseStatusDto } from './dto/views';

@ApiTags('victims')
@ApiCommonErrors()
@Controller('api/v1/victims')
export class VictimsController {
  constructor(private readonly cases: ListVictimCases) {}

  @Get(':victimRef/cases')
  @Roles('coordinator', 'prosecutor', 'agency_caseworker', 'agency_admin')
  @ApiOperation({
    summary: "Status of a person's cases (no defendant, charge or note): coordinator, the prosecutor's office, and agencies holding an accepted referral for the person",
  })
  @ApiOkResponse({ type: [VictimCaseStatusDto] })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Nothing the caller may see about this person' })
  listCases(@CurrentUser() user: Principal, @Param() params: VictimParams): Promise<VictimCaseStatusDto[]> {
    return this.cases.execute(user, params.victimRef);
  }
}
