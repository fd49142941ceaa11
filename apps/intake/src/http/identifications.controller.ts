import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse,
  ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { DEFAULT_PAGE_LIMIT, ErrorBodyDto, IdempotencyKey } from '@relais/platform';
import { Response } from 'express';
import { BatchBody } from './dto/batch.body';
import { parseIdentification } from './dto/parse-identification';
import { CorrectIdentificationBody } from './dto/correct-identification.body';
import { CreateIdentificationBody } from './dto/create-identification.body';
import { IDENTIFICATIONS_CURSOR } from './dto/cursor';
import { ListIdentificationsQuery } from './dto/list-identifications.query';
import { IdentificationIdParam } from './dto/params';
import { clientId } from './client-id';
import { BatchResultView } from './views/batch.views';
import { toDetailView, toSummaryView } from './views/identification.mappers';
import { IdentificationDetailView, IdentificationPageView, IdentificationReceiptView, IdentificationSummaryView } from './views/identification.views';
import { CorrectIdentification } from '../use-cases/correct-identification';
import { ListIdentifications } from '../use-cases/list-identifications';
import { ReadIdentification } from '../use-cases/read-identification';
import { SubmitBatch } from '../use-cases/submit-batch';
import { SubmitIdentification } from '../use-cases/submit-identification';
import { violationException } from '../use-cases/rule-violations';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'The identification id (UUID), when not given as `id` in the body; both given must be equal.',
};

@ApiTags('identifications')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'Missing, expired or invalid token.' })
@Controller('api/v1')
export class IdentificationsController {
  constructor(
    private readonly submit: SubmitIdentification,
    private readonly submitBatch: SubmitBatch,
    private readonly list: ListIdentifications,
    private readonly read: ReadIdentification,
    private readonly correct: CorrectIdentification,
  ) {}

  @Post('identifications')
  @Roles('police_officer', 'police_supervisor')
  @ApiOperation({ summary: 'Record an identification (idempotent on its id)', description: 'The reporting unit, institution and officer come from the token. The person’s details are stored encrypted; the event intake.victim-identified.v1 carries only the victimRef and coarse attributes.' })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: IdentificationReceiptView, description: 'Recorded.' })
  @ApiOkResponse({ type: IdentificationReceiptView, description: 'Already recorded with this id and the same body: the first answer again.' })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Invalid, field by field; nothing recorded.' })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Not a police role, or no reporting unit in the token.' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'This id was already used for a different identification.' })
  async create(
    @CurrentUser() principal: Principal,
    @Body() body: CreateIdentificationBody,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<IdentificationReceiptView> {
    const result = await this.submit.execute(principal, clientId(body.id, key), body);
    res.status(result.status);
    return result.body;
  }

  // The colon is literal (AIP-136 custom method), escaped for Express 5's router.
  @Post('identifications\\:batch')
  @HttpCode(HttpStatus.OK)
  @Roles('police_officer', 'police_supervisor')
  @ApiOperation({
    summary: 'Record up to 100 identifications made offline',
    description: 'Each item is validated and recorded on its own (own transaction, idempotent on its id). The answer is 200 whenever the batch itself is well formed, with a status per item as it would have been alone (201, 200, 400, 409…): resend the failed items only, or the whole batch, safely.',
  })
  @ApiBody({ type: BatchBody })
  @ApiOkResponse({ type: BatchResultView, description: 'Per-item results, in the order sent.' })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'The batch itself is malformed (not a list, empty, more than 100 items).' })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  async createBatch(@CurrentUser() principal: Principal, @Body() body: BatchBody): Promise<BatchResultView> {
    const results = await this.submitBatch.execute(principal, body.items, parseIdentification);
    return {
      results,
      summary: {
        recorded: results.filter((r) => r.status === 201).length,
        replayed: results.filter((r) => r.status === 200).length,
        failed: results.filter((r) => r.status >= 300).length,
      },
    };
  }

  @Get('identifications')
  @Roles('police_officer', 'police_supervisor', 'coordinator')
  @ApiOperation({
    summary: 'List identifications, without personal data',
    description: 'Officers see their unit’s, supervisors their region’s, the coordinator all. Newest first; keyset pagination with `limit` and `cursor` (`nextCursor` of the previous page).',
  })
  @ApiOkResponse({ type: IdentificationPageView })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  async index(@CurrentUser() principal: Principal, @Query() query: ListIdentificationsQuery): Promise<IdentificationPageView> {
    const [identifiedAt, id] = IDENTIFICATIONS_CURSOR.decode(query.cursor) ?? [];
    const page = await this.list.execute(principal, {
      ...(query.from ? { from: new Date(query.from) } : {}),
      ...(query.to ? { to: new Date(query.to) } : {}),
      ...(query.region ? { region: query.region } : {}),
      ...(query.unitId ? { unitId: query.unitId } : {}),
      ...(identifiedAt && id ? { after: { identifiedAt, id } } : {}),
      limit: query.limit ?? DEFAULT_PAGE_LIMIT,
    });
    return { items: page.items.map(toSummaryView), ...(page.next ? { nextCursor: IDENTIFICATIONS_CURSOR.encode([page.next.identifiedAt, page.next.id]) } : {}) };
  }

  @Get('identifications/:id')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Read an identification with the person’s details',
    description: 'For the reporting unit (and its region’s supervisor), an agency whose referral for the person is accepted, the prosecutor’s office whose case links the person, and the coordinator. Anyone else gets 404. Every attempt is audited.',
  })
  @ApiOkResponse({ type: IdentificationDetailView })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No such identification, or not for this caller.' })
  async show(@CurrentUser() principal: Principal, @Param() params: IdentificationIdParam): Promise<IdentificationDetailView> {
    return toDetailView(await this.read.execute(principal, params.id));
  }

  @Patch('identifications/:id')
  @Roles('police_officer', 'police_supervisor', 'coordinator')
  @ApiOperation({
    summary: 'Correct non-identifying fields (place, forms, methods of control, needs, assessment)',
    description: 'Optimistic concurrency on `version`. Emits intake.identification-corrected.v1 with the full corrected state when a field other services know of changed.',
  })
  @ApiOkResponse({ type: IdentificationSummaryView })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'The identification changed since `version`.' })
  async update(
    @CurrentUser() principal: Principal,
    @Param() params: IdentificationIdParam,
    @Body() body: CorrectIdentificationBody,
  ): Promise<IdentificationSummaryView> {
    const { version, ...correction } = body;
    if (Object.values(correction).every((v) => v === undefined)) throw violationException([{ path: 'body', code: 'atLeastOneCorrection' }]);
    return toSummaryView(await this.correct.execute(principal, params.id, version, correction));
  }
}
