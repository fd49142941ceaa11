import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { IdempotencyKey } from '@relais/platform';
import { Response } from 'express';
import { AddDefendant } from '../use-cases/add-defendant';
import { ChargeDefendant } from '../use-cases/charge-defendant';
import { ReadDefendant } from '../use-cases/read-defendant';
import { ApiCaseConflict, ApiCaseNotFound, ApiCommonErrors, ApiIdempotencyKey } from './api-docs';
import { AddDefendantBody } from './dto/add-defendant.body';
import { ChargeDefendantBody } from './dto/charge-defendant.body';
import { CaseParams, DefendantParams } from './dto/params';
import { DefendantDetailDto, DefendantSummaryDto } from './dto/views';

/**
 * Defendants of a case. Only the prosecutor of the case's office handles them; an identity is
 * shown by one route only, and each such read is audited.
 */
@ApiTags('defendants')
@ApiCommonErrors()
@Roles('prosecutor')
@Controller('api/v1/cases/:id/defendants')
export class DefendantsController {
  constructor(
    private readonly add: AddDefendant,
    private readonly read: ReadDefendant,
    private readonly charge: ChargeDefendant,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Add a defendant; the identity is stored encrypted and never returned here' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: DefendantSummaryDto })
  @ApiCaseNotFound()
  @ApiCaseConflict('Stage no longer takes defendants, case closed or merged')
  async addDefendant(
    @CurrentUser() user: Principal,
    @Param() params: CaseParams,
    @Body() body: AddDefendantBody,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DefendantSummaryDto> {
    const result = await this.add.execute(user, params.id, { ...body, addedAt: body.addedAt ? new Date(body.addedAt) : undefined }, key);
    res.status(result.status);
    return result.body;
  }

  @Get(':defendantId')
  @ApiOperation({ summary: "The defendant with their identity, decrypted for this read (audited)" })
  @ApiOkResponse({ type: DefendantDetailDto })
  @ApiCaseNotFound()
  getDefendant(@CurrentUser() user: Principal, @Param() params: DefendantParams): Promise<DefendantDetailDto> {
    return this.read.execute(user, params.id, params.defendantId);
  }

  @Post(':defendantId/charges')
  @ApiOperation({ summary: 'Bring charges (offences vocabulary, each with its ICCS code)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: DefendantSummaryDto })
  @ApiCaseNotFound()
  @ApiCaseConflict('Offence already charged, stage no longer takes charges, case closed or merged')
  async chargeDefendant(
    @CurrentUser() user: Principal,
    @Param() params: DefendantParams,
    @Body() body: ChargeDefendantBody,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DefendantSummaryDto> {
    const command = { offences: body.offences, chargedAt: body.chargedAt ? new Date(body.chargedAt) : undefined };
    const result = await this.charge.execute(user, params.id, params.defendantId, command, key);
    res.status(result.status);
    return result.body;
  }
}
