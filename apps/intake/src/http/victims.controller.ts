import { Body, Controller, Delete, Param, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse,
  ApiOperation, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { ErrorBodyDto, IdempotencyKey } from '@relais/platform';
import { Response } from 'express';
import { ErasePersonalData } from '../use-cases/erase-personal-data';
import { RecordConsentChange } from '../use-cases/record-consent-change';
import { clientId } from './client-id';
import { VictimRefParam } from './dto/params';
import { RecordConsentBody } from './dto/record-consent.body';
import { ConsentChangeView, ErasureView } from './views/victim.views';

@ApiTags('victims')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'Missing, expired or invalid token.' })
@Controller('api/v1/victims')
export class VictimsController {
  constructor(
    private readonly recordConsent: RecordConsentChange,
    private readonly erase: ErasePersonalData,
  ) {}

  @Post(':victimRef/consent')
  @Roles('police_officer', 'police_supervisor', 'coordinator', 'agency_caseworker')
  @ApiOperation({
    summary: 'Record a consent act (given again, or withdrawn)',
    description: 'Added to the person’s consent history; when the consent in force changes, intake.consent-changed.v1 tells the other services. Open to those who may read the person’s details, except prosecutors. Idempotent on the act’s id.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'The act’s id (UUID), when not given as `id` in the body.' })
  @ApiCreatedResponse({ type: ConsentChangeView })
  @ApiOkResponse({ type: ConsentChangeView, description: 'Already recorded with this id and the same body.' })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Invalid, field by field (including a child’s consent given by the child).' })
  @ApiForbiddenResponse({ type: ErrorBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No such person, or not for this caller.' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'The id was used for another act, or the person’s data was erased.' })
  async consent(
    @CurrentUser() principal: Principal,
    @Param() params: VictimRefParam,
    @Body() body: RecordConsentBody,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ConsentChangeView> {
    const { id, ...change } = body;
    const result = await this.recordConsent.execute(principal, params.victimRef, clientId(id, key), change);
    res.status(result.status);
    return result.body;
  }

  @Delete(':victimRef/personal-data')
  @Roles('data_protection_officer')
  @ApiOperation({
    summary: 'Erase a person’s personal data (crypto-shredding)',
    description:
      'Destroys the person’s data key in the live database: the sealed details and the duplicate-search keys can no longer be read there. ' +
      'Copies taken before the erasure (database backups, archived WAL) still hold the data key wrapped under the master key: they stay readable to whoever holds both until those copies expire or that master key is retired. ' +
      'The identification stays with its codes (statistics are unaffected); intake.personal-data-erased.v1 is emitted once, and each service removes what it holds about the person. Repeating it is harmless.',
  })
  @ApiOkResponse({ type: ErasureView })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Only the data protection officer.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async erasePersonalData(@CurrentUser() principal: Principal, @Param() params: VictimRefParam): Promise<ErasureView> {
    return this.erase.execute(principal, params.victimRef);
  }
}
