import { Body, Controller, Get, Headers, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { Response } from 'express';
import { GetRoutingRules } from '../use-cases/get-routing-rules';
import { ListRoutingRulesVersions, RulesVersionView } from '../use-cases/list-routing-rules-versions';
import { RoutingRulesView } from '../use-cases/shared/views';
import { UpdateRoutingRules } from '../use-cases/update-routing-rules';
import { ApiErrors, ApiIfMatch } from './api-docs';
import { RulesVersionParams } from './dto/params';
import { RoutingRulesBody, toRules } from './dto/routing-rules.body';
import { RoutingRulesViewDto, RulesVersionDto } from './dto/views.dto';
import { etag, expectedVersion } from './version';

@ApiTags('routing-rules')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/v1/routing-rules')
export class RoutingRulesController {
  constructor(
    private readonly getRules: GetRoutingRules,
    private readonly listVersions: ListRoutingRulesVersions,
    private readonly updateRules: UpdateRoutingRules,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The routing rules in force (any signed-in role). The ETag header carries the version.' })
  @ApiOkResponse({ type: RoutingRulesViewDto })
  @ApiErrors(404)
  async current(@Res({ passthrough: true }) res: Response): Promise<RoutingRulesView> {
    const rules = await this.getRules.execute();
    res.setHeader('ETag', etag(rules.version));
    return rules;
  }

  @Get('versions')
  @ApiOperation({ summary: 'Every version of the rules, newest first.' })
  @ApiOkResponse({ type: [RulesVersionDto] })
  versions(): Promise<RulesVersionView[]> {
    return this.listVersions.execute();
  }

  @Get('versions/:version')
  @ApiOperation({ summary: 'One version of the rules (referrals name the version they were routed with).' })
  @ApiOkResponse({ type: RoutingRulesViewDto })
  @ApiErrors(400, 404)
  version(@Param() params: RulesVersionParams): Promise<RoutingRulesView> {
    return this.getRules.execute(params.version);
  }

  @Put()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Replace the rules: creates the next version; referrals already made keep theirs.' })
  @ApiOkResponse({ type: RoutingRulesViewDto })
  @ApiIfMatch()
  @ApiErrors(400, 403, 409, 428)
  async replace(
    @CurrentUser() principal: Principal,
    @Body() body: RoutingRulesBody,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RoutingRulesView> {
    const version = expectedVersion(body.version, ifMatch);
    const rules = await this.updateRules.execute(principal, toRules(body), version);
    res.setHeader('ETag', etag(rules.version));
    return rules;
  }
}
