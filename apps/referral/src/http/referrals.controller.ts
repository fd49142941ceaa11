import { applyDecorators, Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { KeysetPage } from '@relais/platform';
import { Response } from 'express';
import { AcceptReferral } from '../use-cases/accept-referral';
import { AcknowledgeReferral } from '../use-cases/acknowledge-referral';
import { CloseReferral } from '../use-cases/close-referral';
import { CreateReferral } from '../use-cases/create-referral';
import { DeclineReferral } from '../use-cases/decline-referral';
import { GetReferral } from '../use-cases/get-referral';
import { ListReferrals } from '../use-cases/list-referrals';
import { ReferralView } from '../use-cases/shared/views';
import { ApiErrors, ApiIfMatch } from './api-docs';
import { CreateReferralBody } from './dto/create-referral.body';
import { ListReferralsQuery } from './dto/list-referrals.query';
import { pageOf, pageView } from './dto/paging.query';
import { ReferralIdParams } from './dto/params';
import { CloseReferralBody, DeclineReferralBody, ReferralTransitionBody } from './dto/referral-transition.body';
import { ReferralPageDto, ReferralViewDto } from './dto/views.dto';
import { etag, expectedVersion, VersionEtag } from './version';

@ApiTags('referrals')
@ApiBearerAuth()
@ApiErrors(401, 403)
@Controller('api/v1/referrals')
export class ReferralsController {
  constructor(
    private readonly listReferrals: ListReferrals,
    private readonly getReferral: GetReferral,
    private readonly acknowledgeReferral: AcknowledgeReferral,
    private readonly acceptReferral: AcceptReferral,
    private readonly declineReferral: DeclineReferral,
    private readonly closeReferral: CloseReferral,
    private readonly createReferral: CreateReferral,
  ) {}

  @Get()
  @Roles('agency_caseworker', 'agency_admin', 'coordinator')
  @ApiOperation({ summary: 'Referrals: the caller\'s agency inbox, or all of them for the coordinator; newest first, a page at a time (`limit`, then `cursor` = the previous page\'s `nextCursor`).' })
  @ApiOkResponse({ type: ReferralPageDto })
  @ApiErrors(400)
  async list(@CurrentUser() principal: Principal, @Query() query: ListReferralsQuery): Promise<KeysetPage<ReferralView>> {
    const slice = await this.listReferrals.execute(
      principal,
      {
        status: query.status,
        need: query.need,
        agencyId: query.agencyId,
        urgent: query.urgent,
        createdFrom: query.from ? new Date(query.from) : undefined,
        createdTo: query.to ? new Date(query.to) : undefined,
      },
      pageOf(query),
    );
    return pageView(slice);
  }

  @Post()
  @Roles('coordinator')
  @ApiOperation({
    summary: 'The coordinator refers a need to an agency of their choosing (e.g. after an escalation). Consent still applies. '
      + 'The same request again returns the first answer (200); the same id for another request 409.',
  })
  @ApiCreatedResponse({ type: ReferralViewDto })
  @ApiOkResponse({ type: ReferralViewDto, description: 'The same request was already made: its answer.' })
  @ApiErrors(400, 404, 409)
  async create(@CurrentUser() principal: Principal, @Body() body: CreateReferralBody, @Res({ passthrough: true }) res: Response): Promise<ReferralView> {
    const created = await this.createReferral.execute(principal, {
      id: body.id,
      identificationId: body.identificationId,
      need: body.need,
      agencyId: body.agencyId,
      urgent: body.urgent,
    });
    res.status(created.status).setHeader('ETag', etag(created.referral.version));
    return created.referral;
  }

  @Get(':id')
  @UseInterceptors(VersionEtag)
  @Roles('agency_caseworker', 'agency_admin', 'coordinator')
  @ApiOperation({ summary: 'One referral. The ETag header carries its version.' })
  @ApiOkResponse({ type: ReferralViewDto })
  @ApiErrors(400, 404)
  get(@CurrentUser() principal: Principal, @Param() params: ReferralIdParams): Promise<ReferralView> {
    return this.getReferral.execute(principal, params.id);
  }

  @Transition('acknowledge', 'Acknowledge receipt (pending → acknowledged); the deadline to accept starts.')
  acknowledge(
    @CurrentUser() principal: Principal,
    @Param() params: ReferralIdParams,
    @Body() body: ReferralTransitionBody,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ReferralView> {
    return this.acknowledgeReferral.execute(principal, params.id, expectedVersion(body.version, ifMatch));
  }

  @Transition('accept', 'Accept (acknowledged → accepted). A shelter referral takes a bed; with none free: 409 NO_BED_AVAILABLE.')
  accept(
    @CurrentUser() principal: Principal,
    @Param() params: ReferralIdParams,
    @Body() body: ReferralTransitionBody,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ReferralView> {
    return this.acceptReferral.execute(principal, params.id, expectedVersion(body.version, ifMatch));
  }

  @Transition('decline', 'Decline with a reason (pending or acknowledged → declined); the need is re-routed at once.')
  decline(
    @CurrentUser() principal: Principal,
    @Param() params: ReferralIdParams,
    @Body() body: DeclineReferralBody,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ReferralView> {
    const version = expectedVersion(body.version, ifMatch);
    return this.declineReferral.execute(principal, params.id, { version, reason: body.reason, note: body.note ?? null });
  }

  @Transition('close', 'Close with an outcome (accepted → closed); a shelter bed is given back.')
  close(
    @CurrentUser() principal: Principal,
    @Param() params: ReferralIdParams,
    @Body() body: CloseReferralBody,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ReferralView> {
    const version = expectedVersion(body.version, ifMatch);
    return this.closeReferral.execute(principal, params.id, { version, outcome: body.outcome, note: body.note ?? null });
  }
}

/**
 * A caseworker's change to one referral (POST /:id/<action>): 200 with the referral and its new
 * ETag, refused unless it says which version it is based on. Applied in the order the stacked
 * decorators were, so the OpenAPI document stays the same.
 */
function Transition(action: string, summary: string): MethodDecorator {
  return applyDecorators(
    ApiErrors(400, 404, 409, 428),
    ApiIfMatch(),
    ApiOkResponse({ type: ReferralViewDto }),
    ApiOperation({ summary }),
    Roles('agency_caseworker'),
    HttpCode(HttpStatus.OK),
    Post(`:id/${action}`),
    UseInterceptors(VersionEtag),
  );
}
