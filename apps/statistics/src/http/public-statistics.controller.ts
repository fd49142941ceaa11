import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotAcceptableResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@relais/auth';
import { Request, Response } from 'express';
import { ProsecutionsQuery } from './dto/prosecutions.query';
import { GlotipResponse, IndicatorsResponse, ProsecutionsResponse, ReferralsResponse, VictimsResponse } from './dto/responses';
import { ReferralsQuery, VictimsQuery } from './dto/table.query';
import { IndicatorsQuery, YearQuery } from './dto/year.query';
import { negotiate, render, TableBody } from './respond';
import { StatisticsReader } from './statistics-reader';

const PUBLISHED =
  'For publication, without a token: always protected (small counts shown as `<5`, complementary cells hidden as `x`), over whole, completed months only ' +
  '(`from`/`to` are widened to whole months and cut at the end of the last complete month; annual figures default to, and are limited to, completed years; ' +
  '`coverage` says which days were counted and whether the request was snapped; 400 `NOTHING_PUBLISHED_YET` when none of it is complete). ' +
  'JSON `{ rows, disclosure, coverage }`, or CSV with `Accept: text/csv`.';
const EXACT = false;

@ApiTags('public statistics')
@Public()
@ApiProduces('application/json', 'text/csv')
@ApiBadRequestResponse({ description: 'A query parameter is invalid: one entry per field' })
@ApiNotAcceptableResponse({ description: 'Accept allows neither application/json nor text/csv' })
@Controller('api/v1/public/statistics')
export class PublicStatisticsController {
  constructor(private readonly reader: StatisticsReader) {}

  @Get('victims')
  @ApiOperation({ summary: 'Presumed victims identified (protected)', description: PUBLISHED, security: [] })
  @ApiOkResponse({ type: VictimsResponse })
  async victims(@Query() q: VictimsQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TableBody | string> {
    const format = negotiate(req);
    return render(res, format, 'victims', await this.reader.victims(q, EXACT));
  }

  @Get('referrals')
  @ApiOperation({ summary: 'Referrals (protected)', description: PUBLISHED, security: [] })
  @ApiOkResponse({ type: ReferralsResponse })
  async referrals(@Query() q: ReferralsQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TableBody | string> {
    const format = negotiate(req);
    return render(res, format, 'referrals', await this.reader.referrals(q, EXACT));
  }

  @Get('prosecutions')
  @ApiOperation({ summary: 'Criminal-justice indicators (protected)', description: PUBLISHED, security: [] })
  @ApiOkResponse({ type: ProsecutionsResponse })
  async prosecutions(@Query() q: ProsecutionsQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TableBody | string> {
    const format = negotiate(req);
    return render(res, format, `prosecutions-${q.measure ?? 'persons'}`, await this.reader.prosecutions(q, EXACT));
  }

  @Get('indicators')
  @ApiOperation({ summary: 'SDG 16.2.2 and headline figures (protected)', description: PUBLISHED, security: [] })
  @ApiOkResponse({ type: IndicatorsResponse })
  async indicators(@Query() q: IndicatorsQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TableBody | string> {
    const format = negotiate(req);
    return render(res, format, 'indicators', await this.reader.indicators(q, EXACT));
  }

  @Get('exports/glotip')
  @ApiOperation({ summary: 'The UNODC GLOTIP questionnaire layout (protected)', description: PUBLISHED, security: [] })
  @ApiOkResponse({ type: GlotipResponse })
  async glotip(@Query() q: YearQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TableBody | string> {
    const format = negotiate(req);
    return render(res, format, `glotip-${q.year ?? 'current'}`, await this.reader.glotip(q, EXACT));
  }
}
