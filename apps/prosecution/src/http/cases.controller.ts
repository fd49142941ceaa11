import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { DEFAULT_PAGE_LIMIT, IdempotencyKey } from '@relais/platform';
import { Response } from 'express';
import { ChangeCaseStage } from '../use-cases/change-stage';
import { GetCase } from '../use-cases/get-case';
import { LinkIdentification } from '../use-cases/link-identification';
import { CaseListFilter } from '../persistence/case.repository';
import { CountCasesByStage } from '../use-cases/count-cases-by-stage';
import { ListCases } from '../use-cases/list-cases';
import { MergeCase } from '../use-cases/merge-case';
import { OpenCase } from '../use-cases/open-case';
import { RecordJudgment } from '../use-cases/record-judgment';
import { ScheduleHearing } from '../use-cases/schedule-hearing';
import { TransferCase } from '../use-cases/transfer-case';
import { ApiCaseConflict, ApiCaseNotFound, ApiCommonErrors, ApiIdempotencyKey } from './api-docs';
import { ChangeStageBody } from './dto/change-stage.body';
import { LinkVictimBody } from './dto/link-victim.body';
import { CaseCountsQuery, CASES_CURSOR, ListCasesQuery } from './dto/list-cases.query';
import { MergeCaseBody } from './dto/merge-case.body';
import { OpenCaseBody } from './dto/open-case.body';
import { CaseParams } from './dto/params';
import { RecordJudgmentBody } from './dto/record-judgment.body';
import { ScheduleHearingBody } from './dto/schedule-hearing.body';
import { TransferCaseBody } from './dto/transfer-case.body';
import { CaseCountsDto, CaseDetailDto, CasePageDto, CaseSummaryDto, HearingDto, JudgmentDto } from './dto/views';

const DAY_MS = 24 * 3600_000;

/**
 * Cases. Procedural acts (opening, stages, hearings, judgments) are the prosecutor's, within their
 * office. The national coordinator reads every case and may link, merge and transfer across
 * offices, the acts that fix where a matter is handled.
 */
@ApiTags('cases')
@ApiCommonErrors()
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    private readonly list: ListCases,
    private readonly counts: CountCasesByStage,
    private readonly get: GetCase,
    private readonly open: OpenCase,
    private readonly changeStage: ChangeCaseStage,
    private readonly link: LinkIdentification,
    private readonly merge: MergeCase,
    private readonly transfer: TransferCase,
    private readonly hearing: ScheduleHearing,
    private readonly judgment: RecordJudgment,
  ) {}

  @Get()
  @Roles('prosecutor', 'coordinator')
  @ApiOperation({
    summary: "Cases of the caller's jurisdiction (all for the coordinator), newest first",
    description: 'Keyset pagination: `limit` and `cursor` (the `nextCursor` of the previous page, absent on the last). No total: `GET /cases/counts` counts them per stage.',
  })
  @ApiOkResponse({ type: CasePageDto })
  async listCases(@CurrentUser() user: Principal, @Query() query: ListCasesQuery): Promise<CasePageDto> {
    const [openedAt, id] = CASES_CURSOR.decode(query.cursor) ?? [];
    const page = await this.list.execute(
      user,
      { ...listFilter(query), stages: query.stage },
      { limit: query.limit ?? DEFAULT_PAGE_LIMIT, ...(openedAt && id ? { after: { openedAt, id } } : {}) },
    );
    return { items: page.items, ...(page.next ? { nextCursor: CASES_CURSOR.encode([page.next.openedAt, page.next.id]) } : {}) };
  }

  // Declared before `:id`, which would otherwise take "counts" for a case id.
  @Get('counts')
  @Roles('prosecutor', 'coordinator')
  @ApiOperation({ summary: "How many cases the list holds at each stage, in the caller's scope and with the list's filters; every stage present" })
  @ApiOkResponse({ type: CaseCountsDto })
  countCases(@CurrentUser() user: Principal, @Query() query: CaseCountsQuery): Promise<CaseCountsDto> {
    return this.counts.execute(user, listFilter(query));
  }

  @Post()
  @Roles('prosecutor')
  @ApiOperation({ summary: "Open a case at the prosecutor's own office" })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: CaseSummaryDto })
  @ApiOkResponse({ type: CaseSummaryDto, description: 'Replay of an earlier request with the same Idempotency-Key' })
  @ApiCaseConflict('Idempotency-Key reused with another body')
  async openCase(
    @CurrentUser() user: Principal,
    @Body() body: OpenCaseBody,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseSummaryDto> {
    const result = await this.open.execute(user, { ...body, openedAt: body.openedAt ? new Date(body.openedAt) : undefined }, key);
    res.status(result.status);
    return result.body;
  }

  @Get(':id')
  @Roles('prosecutor', 'coordinator')
  @ApiOperation({ summary: 'The case file (victims, defendants without identity, hearings, judgments, history); audited' })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiCaseNotFound()
  getCase(@CurrentUser() user: Principal, @Param() params: CaseParams): Promise<CaseDetailDto> {
    return this.get.execute(user, params.id);
  }

  @Post(':id/transitions')
  @Roles('prosecutor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the case to another procedural stage' })
  @ApiOkResponse({ type: CaseSummaryDto })
  @ApiCaseNotFound()
  @ApiCaseConflict('Illegal step, stale version, decision dated before the current stage, case merged, verdicts missing')
  transition(@CurrentUser() user: Principal, @Param() params: CaseParams, @Body() body: ChangeStageBody): Promise<CaseSummaryDto> {
    return this.changeStage.execute(user, params.id, { ...body, at: new Date(body.at) });
  }

  @Post(':id/victims')
  @Roles('prosecutor', 'coordinator')
  @HttpCode(200)
  @ApiOperation({ summary: 'Link a further identification to the case (absorbs its untouched automatic case)' })
  @ApiOkResponse({ type: CaseSummaryDto })
  @ApiCaseNotFound()
  @ApiCaseConflict('The identification belongs to a case that was worked on (merge instead), or the case is closed')
  linkVictim(@CurrentUser() user: Principal, @Param() params: CaseParams, @Body() body: LinkVictimBody): Promise<CaseSummaryDto> {
    return this.link.execute(user, params.id, body.identificationId);
  }

  @Post(':id/merge')
  @Roles('prosecutor', 'coordinator')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge this case into another (same office, or any for the coordinator); returns the merged case' })
  @ApiOkResponse({ type: CaseSummaryDto })
  @ApiCaseNotFound()
  @ApiCaseConflict('Stale version, a case already merged or past committal for trial')
  mergeCase(@CurrentUser() user: Principal, @Param() params: CaseParams, @Body() body: MergeCaseBody): Promise<CaseSummaryDto> {
    return this.merge.execute(user, params.id, body);
  }

  @Post(':id/transfer')
  @Roles('prosecutor', 'coordinator')
  @HttpCode(200)
  @ApiOperation({ summary: 'Transfer the case to another office; the former office no longer sees it' })
  @ApiOkResponse({ type: CaseSummaryDto })
  @ApiCaseNotFound()
  @ApiCaseConflict('Stale version, same office, case closed or merged')
  transferCase(@CurrentUser() user: Principal, @Param() params: CaseParams, @Body() body: TransferCaseBody): Promise<CaseSummaryDto> {
    return this.transfer.execute(user, params.id, { ...body, at: body.at ? new Date(body.at) : undefined });
  }

  @Post(':id/hearings')
  @Roles('prosecutor')
  @ApiOperation({ summary: "Schedule a hearing; the victims' caseworkers are told through the event" })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: HearingDto })
  @ApiCaseNotFound()
  @ApiCaseConflict('Case closed or merged')
  async scheduleHearing(
    @CurrentUser() user: Principal,
    @Param() params: CaseParams,
    @Body() body: ScheduleHearingBody,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HearingDto> {
    const result = await this.hearing.execute(user, params.id, { ...body, at: new Date(body.at) }, key);
    res.status(result.status);
    return result.body;
  }

  @Post(':id/judgments')
  @Roles('prosecutor')
  @ApiOperation({ summary: 'Record a judgment, one verdict per defendant; sentences outside the law are warned about, not refused' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: JudgmentDto })
  @ApiCaseNotFound()
  @ApiCaseConflict('Stage does not allow the judgment, defendant uncharged or already judged')
  async recordJudgment(
    @CurrentUser() user: Principal,
    @Param() params: CaseParams,
    @Body() body: RecordJudgmentBody,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<JudgmentDto> {
    const result = await this.judgment.execute(user, params.id, { ...body, renderedAt: new Date(body.renderedAt) }, key);
    res.status(result.status);
    return result.body;
  }
}

/** The filters the list and the counts share, the days of the query as instants (the upper one exclusive). */
function listFilter(query: CaseCountsQuery): Omit<CaseListFilter, 'stages'> {
  return {
    officeId: query.officeId,
    region: query.region,
    openedFrom: query.openedFrom ? new Date(`${query.openedFrom}T00:00:00Z`) : undefined,
    openedBefore: query.openedTo ? new Date(new Date(`${query.openedTo}T00:00:00Z`).getTime() + DAY_MS) : undefined,
    includeMerged: query.includeMerged ?? false,
  };
}
