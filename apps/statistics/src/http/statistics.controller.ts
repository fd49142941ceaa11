import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotAcceptableResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, hasAnyRole, Principal } from '@relais/auth';
import { Request, Response } from 'express';
import { ProsecutionsQuery } from './dto/prosecutions.query';
import { GlotipResponse, IndicatorsResponse, ProsecutionsResponse, ReferralsResponse, VictimsResponse } from './dto/responses';
import { ReferralsQuery, VictimsQuery } from './dto/table.query';
import { IndicatorsQuery, YearQuery } from './dto/year.query';
import { officeView } from './office-scope';
import { negotiate, render, TableBody } from './respond';
import { StatisticsReader } from './statistics-reader';

/** The national coordinator and statisticians work on exact counts; every other role sees the protected tables. */
export function seesExactCounts(user: Principal): boolean {
  return hasAnyRole(user, 'coordinator', 'statistician');
}

const ANSWERS = 'JSON `{ rows, disclosure }`, or CSV with `Accept: text/csv`. Exact counts for the roles coordinator and statistician; for every other role, small counts are shown as `<5` and complementary cells hidden (`x`).';

@ApiTags('statistics')
@ApiBearerAuth()
@ApiProduces('application/json', 'text/csv')
@ApiBadRequestResponse({ description: 'A query parameter is invalid: one entry per field (unknown dimension, bad date, from after to, unknown parameter…)' })
@ApiUnauthorizedResponse({ description: 'No valid bearer token' })
@ApiNotAcceptableResponse({ description: 'Accept allows neither application/json nor text/csv' })
@Controller('api/v1/statistics')
export class StatisticsController {
  constructor(private readonly reader: StatisticsReader) {}

  @Get('victims')
  @ApiOperation({ summary: 'Presumed victims identified, by period and dimensions', description: ANSWERS })
  @ApiOkResponse({ type: VictimsResponse })
  async victims(@Query() q: VictimsQuery, @CurrentUser() user: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TableBody | string> {
    const format = negotiate(req);
    return render(res, format, 'victims', await this.reader.victims(q, seesExactCounts(user)));
  }

  @Get('referrals')
  @ApiOperation({ summary: 'Referrals made and what became of them; time from identification to acceptance', description: ANSWERS })
  @ApiOkResponse({ type: ReferralsResponse })
  async referrals(@Query() q: ReferralsQuery, @CurrentUser() user: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TableBody | string> {
    const format = negotiate(req);
    return render(res, format, 'referrals', await this.reader.referrals(q, seesExactCounts(user)));
  }

  @Get('prosecutions')
  @ApiOperation({
    summary: 'Criminal-justice indicators (GLOTIP / UN-CTS stages, cases, sentences, time to judgment, hearings)',
    description: `${ANSWERS} A prosecutor reads the figures of their own office only (token claim \`jurisdiction\`), exactly: they can already read each of its cases.`,
  })
  @ApiOkResponse({ type: ProsecutionsResponse })
  @ApiForbiddenResponse({ description: 'A prosecutor asked for another office (OFFICE_OUTSIDE_JURISDICTION) or has none in their token (JURISDICTION_REQUIRED)' })
  async prosecutions(@Query() q: ProsecutionsQuery, @CurrentUser() user: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TableBody | string> {
    const format = negotiate(req);
    const view = officeView(user, q.office);
    return render(res, format, `prosecutions-${q.measure ?? 'persons'}`, await this.reader.prosecutions(q, seesExactCounts(user), view));
  }

  @Get('indicators')
  @ApiOperation({ summary: "SDG 16.2.2 (detected victims per 100,000 population) and the action plan's headline figures for a year", description: ANSWERS })
  @ApiOkResponse({ type: IndicatorsResponse })
  async indicators(@Query() q: IndicatorsQuery, @CurrentUser() user: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TableBody | string> {
    const format = negotiate(req);
    return render(res, format, 'indicators', await this.reader.indicators(q, seesExactCounts(user)));
  }

  @Get('exports/glotip')
  @ApiOperation({ summary: 'The UNODC GLOTIP questionnaire layout for a year', description: ANSWERS })
  @ApiOkResponse({ type: GlotipResponse })
  async glotip(@Query() q: YearQuery, @CurrentUser() user: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TableBody | string> {
    const format = negotiate(req);
    return render(res, format, `glotip-${q.year ?? 'current'}`, await this.reader.glotip(q, seesExactCounts(user)));
  }
}
