import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { Response } from 'express';
import { AgencyPatch, AgencyProfile } from '../domain/agency';
import { CreateAgency } from '../use-cases/create-agency';
import { GetAgency } from '../use-cases/get-agency';
import { ListAgencies } from '../use-cases/list-agencies';
import { AgencyEditView } from '../use-cases/shared/change-request-view';
import { AgencyView } from '../use-cases/shared/views';
import { UpdateAgency } from '../use-cases/update-agency';
import { ApiErrors, ApiIfMatch } from './api-docs';
import { AcceptsBody, CapacityBody, CreateAgencyBody, UpdateAgencyBody } from './dto/agency.body';
import { AgencyEditDto } from './dto/agency-change-request.dto';
import { ListAgenciesQuery } from './dto/list-agencies.query';
import { AgencyIdParams } from './dto/params';
import { AgencyViewDto } from './dto/views.dto';
import { etag, expectedVersion } from './version';

@ApiTags('agencies')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/v1/agencies')
export class AgenciesController {
  constructor(
    private readonly listAgencies: ListAgencies,
    private readonly getAgency: GetAgency,
    private readonly createAgency: CreateAgency,
    private readonly updateAgency: UpdateAgency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The agency directory (any signed-in role).' })
  @ApiOkResponse({ type: [AgencyViewDto] })
  @ApiErrors(400)
  list(@Query() query: ListAgenciesQuery): Promise<AgencyView[]> {
    return this.listAgencies.execute({ region: query.region, need: query.need, type: query.type, active: query.active });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One agency. The ETag header carries its version.' })
  @ApiOkResponse({ type: AgencyViewDto })
  @ApiErrors(400, 404)
  async get(@Param() params: AgencyIdParams, @Res({ passthrough: true }) res: Response): Promise<AgencyView> {
    const agency = await this.getAgency.execute(params.id);
    res.setHeader('ETag', etag(agency.version));
    return agency;
  }

  @Post()
  @Roles('coordinator', 'system_admin')
  @ApiOperation({ summary: 'Add an agency under a client-chosen id: the same request again returns the first answer (200), a different one 409.' })
  @ApiCreatedResponse({ type: AgencyViewDto })
  @ApiOkResponse({ type: AgencyViewDto, description: 'The same request was already made: its answer.' })
  @ApiErrors(400, 403, 409)
  async create(@CurrentUser() principal: Principal, @Body() body: CreateAgencyBody, @Res({ passthrough: true }) res: Response): Promise<AgencyView> {
    const profile: AgencyProfile = {
      name: body.name,
      type: body.type,
      services: body.services,
      regions: body.regions,
      accepts: accepts(body.accepts),
      languages: body.languages,
      capacity: body.capacity ? capacity(body.capacity) : null,
      active: body.active ?? true,
    };
    const created = await this.createAgency.execute(principal, body.id, profile);
    res.status(created.status).setHeader('ETag', etag(created.agency.version));
    return created.agency;
  }

  @Patch(':id')
  @Roles('coordinator', 'system_admin', 'agency_admin')
  @ApiOperation({
    summary:
      'Edit an agency: the coordinator any field, at once; an agency administrator its own profile and capacity at once (not `type` nor `active`), ' +
      'while a change to `services`, `regions` or `accepts` becomes a change request for the coordinator (202).',
  })
  @ApiOkResponse({ type: AgencyViewDto })
  @ApiAcceptedResponse({ type: AgencyEditDto, description: 'Routing-scope fields wait for the coordinator; the other fields applied.' })
  @ApiIfMatch()
  @ApiErrors(400, 403, 404, 409, 428)
  async update(
    @CurrentUser() principal: Principal,
    @Param() params: AgencyIdParams,
    @Body() body: UpdateAgencyBody,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AgencyView | AgencyEditView> {
    const version = expectedVersion(body.version, ifMatch);
    const patch: AgencyPatch = {
      name: body.name,
      type: body.type,
      services: body.services,
      regions: body.regions,
      accepts: body.accepts ? accepts(body.accepts) : undefined,
      languages: body.languages,
      capacity: body.capacity ? capacity(body.capacity) : undefined,
      active: body.active,
    };
    const edit = await this.updateAgency.execute(principal, params.id, patch, version);
    res.setHeader('ETag', etag(edit.agency.version));
    if (!edit.changeRequest) return edit.agency;
    res.status(202);
    return edit;
  }
}

function accepts(body: AcceptsBody): AgencyProfile['accepts'] {
  return { minors: body.minors, adults: body.adults, sexes: [...body.sexes] };
}

function capacity(body: CapacityBody): NonNullable<AgencyProfile['capacity']> {
  return { beds: body.beds, available: body.available };
}
