import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentUser, Principal, Public } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { DashboardCatalogue, ServedDashboard } from '../dashboards/catalogue';

export class DashboardsResponse {
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'Dashboards as defined in data/dashboards/*.json (id, version, audience, roles, title {fr,en}, sections of charts). ' +
      'Each chart: id, indicator, kind (bar, stackedBar, line), dimensions (category axis, then series; `period` is time), period, measures, title, note, ' +
      'and the request that fills it: `path` under /api/v1/ (or /api/v1/public/) with `params`, to which the reader adds from/to (or year); `regional` when a region filter applies.',
  })
  dashboards!: ServedDashboard[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the read model last took in an event: the figures include everything up to then. Null before any event.' })
  updatedAt!: string | null;
}

/** The dashboards' definitions, so a country changes them by editing data files, not the web app. */
@ApiTags('dashboards')
@Controller('api/v1')
export class DashboardsController {
  constructor(
    @Inject(DashboardCatalogue) private readonly catalogue: DashboardCatalogue,
    private readonly tx: TransactionHost,
  ) {}

  @Get('dashboards')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The dashboards for the caller's roles, then the public ones" })
  @ApiOkResponse({ type: DashboardsResponse })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  async mine(@CurrentUser() user: Principal): Promise<DashboardsResponse> {
    return { dashboards: this.catalogue.forRoles(user.roles), updatedAt: await this.updatedAt() };
  }

  @Get('public/dashboards')
  @Public()
  @ApiOperation({ summary: 'The public dashboards (for /statistiques), without a token', security: [] })
  @ApiOkResponse({ type: DashboardsResponse })
  async published(): Promise<DashboardsResponse> {
    return { dashboards: this.catalogue.publicDashboards(), updatedAt: await this.updatedAt() };
  }

  private async updatedAt(): Promise<string | null> {
    const [row] = await this.tx.dataSource.query('SELECT max(handled_at) AS at FROM inbox');
    return row?.at ? new Date(row.at).toISOString() : null;
  }
}
