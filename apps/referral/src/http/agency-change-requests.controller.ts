import { applyDecorators, Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { Response } from 'express';
import { ChangeRequestDecision } from '../domain/agency-change-request';
import { DecideAgencyChangeRequest } from '../use-cases/decide-agency-change-request';
import { ListAgencyChangeRequests } from '../use-cases/list-agency-change-requests';
import { AgencyChangeRequestView } from '../use-cases/shared/change-request-view';
import { ApiErrors, ApiIfMatch } from './api-docs';
import { AgencyChangeRequestDto, ChangeRequestIdParams, DecideChangeRequestBody, ListChangeRequestsQuery } from './dto/agency-change-request.dto';
import { etag, expectedVersion } from './version';

/** The coordinator's decision on one request: same route shape, role and answers for both. */
function Decision(decision: ChangeRequestDecision, summary: string): MethodDecorator {
  return applyDecorators(
    Post(`:id/${decision}`),
    HttpCode(200),
    Roles('coordinator'),
    ApiOperation({ summary }),
    ApiOkResponse({ type: AgencyChangeRequestDto }),
    ApiIfMatch(),
    ApiErrors(400, 403, 404, 409, 428),
  );
}

@ApiTags('agency change requests')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/v1/agency-change-requests')
export class AgencyChangeRequestsController {
  constructor(
    private readonly listRequests: ListAgencyChangeRequests,
    private readonly decideRequest: DecideAgencyChangeRequest,
  ) {}

  @Get()
  @Roles('coordinator', 'system_admin', 'agency_admin')
  @ApiOperation({ summary: 'Routing-scope changes asked by agency administrators: the coordinator sees all, an agency administrator its own. Oldest first.' })
  @ApiOkResponse({ type: [AgencyChangeRequestDto] })
  @ApiErrors(400, 403)
  list(@CurrentUser() principal: Principal, @Query() query: ListChangeRequestsQuery): Promise<AgencyChangeRequestView[]> {
    return this.listRequests.execute(principal, query.status);
  }

  @Decision('approve', 'Approve a change request: its fields apply to the agency, and routing follows, at once.')
  approve(@CurrentUser() p: Principal, @Param() params: ChangeRequestIdParams, @Body() body: DecideChangeRequestBody, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) res: Response) {
    return this.decide(p, params.id, 'approve', body, ifMatch, res);
  }

  @Decision('reject', 'Reject a change request: the agency keeps its routing scope.')
  reject(@CurrentUser() p: Principal, @Param() params: ChangeRequestIdParams, @Body() body: DecideChangeRequestBody, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) res: Response) {
    return this.decide(p, params.id, 'reject', body, ifMatch, res);
  }

  private async decide(p: Principal, id: string, decision: ChangeRequestDecision, body: DecideChangeRequestBody, ifMatch: string | undefined, res: Response): Promise<AgencyChangeRequestView> {
    const decided = await this.decideRequest.execute(p, id, decision, expectedVersion(body.version, ifMatch), body.reason ?? null);
    res.setHeader('ETag', etag(decided.version));
    return decided;
  }
}
