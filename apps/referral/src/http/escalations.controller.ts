import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { KeysetPage } from '@relais/platform';
import { Response } from 'express';
import { ListEscalations } from '../use-cases/list-escalations';
import { ResolveEscalation } from '../use-cases/resolve-escalation';
import { EscalationView } from '../use-cases/shared/views';
import { ApiErrors, ApiIfMatch } from './api-docs';
import { ListEscalationsQuery } from './dto/list-escalations.query';
import { pageOf, pageView } from './dto/paging.query';
import { EscalationIdParams, ResolveEscalationBody } from './dto/resolve-escalation.body';
import { EscalationPageDto, EscalationViewDto } from './dto/views.dto';
import { etag, expectedVersion } from './version';

@ApiTags('escalations')
@ApiBearerAuth()
@Controller('api/v1/escalations')
export class EscalationsController {
  constructor(
    private readonly listEscalations: ListEscalations,
    private readonly resolveEscalation: ResolveEscalation,
  ) {}

  @Get()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Needs put before the coordinator (deadline missed, declined, no candidate); newest first, a page at a time (`limit`, then `cursor` = the previous page’s `nextCursor`).' })
  @ApiOkResponse({ type: EscalationPageDto })
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() principal: Principal, @Query() query: ListEscalationsQuery): Promise<KeysetPage<EscalationView>> {
    const slice = await this.listEscalations.execute(
      principal,
      {
        cause: query.cause,
        need: query.need,
        region: query.region,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
      },
      pageOf(query),
    );
    return pageView(slice);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Resolve an escalation that needs no new referral, with a reason code and an optional note. Sending the same resolution again returns it unchanged.' })
  @ApiOkResponse({ type: EscalationViewDto })
  @ApiIfMatch()
  @ApiErrors(400, 401, 403, 404, 409, 428)
  async resolve(
    @CurrentUser() principal: Principal,
    @Param() params: EscalationIdParams,
    @Body() body: ResolveEscalationBody,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EscalationView> {
    const command = { code: body.resolution, note: body.note?.trim() || null, expectedVersion: expectedVersion(body.version, ifMatch) };
    const resolved = await this.resolveEscalation.execute(principal, params.id, command);
    res.setHeader('ETag', etag(resolved.version));
    return resolved;
  }
}
