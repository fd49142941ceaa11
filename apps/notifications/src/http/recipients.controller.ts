import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { ErrorBodyDto } from '@relais/platform';
import { RecipientRef, resolveRecipient } from '../domain/recipients';
import { fieldError } from '../use-cases/field-errors';
import { GetRecipientChannels } from '../use-cases/get-recipient-channels';
import { PutRecipientChannels } from '../use-cases/put-recipient-channels';
import { RecipientChannelsBody } from './dto/recipient-channels.body';
import { RecipientParams, RecipientQuery } from './dto/recipient.params';
import { RecipientChannelsView } from './dto/views';

@ApiTags('recipients')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'No valid bearer token.' })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Not an administrator of this recipient.' })
@Roles('agency_admin', 'coordinator', 'system_admin')
@Controller('api/v1/recipients')
export class RecipientsController {
  constructor(
    private readonly put: PutRecipientChannels,
    private readonly get: GetRecipientChannels,
  ) {}

  @Put(':recipientId/channels')
  @ApiOperation({
    summary: 'Set the channels of an agency, a prosecutor office or the coordinator',
    description: 'Replaces the whole configuration. An agency administrator may set only their own agency. The inbox always exists.',
  })
  @ApiOkResponse({ type: RecipientChannelsView })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Invalid body, field by field.' })
  setChannels(
    @CurrentUser() user: Principal,
    @Param() params: RecipientParams,
    @Query() query: RecipientQuery,
    @Body() body: RecipientChannelsBody,
  ): Promise<RecipientChannelsView> {
    return this.put.execute(user, recipient(params, query), body);
  }

  @Get(':recipientId/channels')
  @ApiOperation({ summary: 'Read the channels of a recipient (never the webhook secret)' })
  @ApiOkResponse({ type: RecipientChannelsView })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  channels(@CurrentUser() user: Principal, @Param() params: RecipientParams, @Query() query: RecipientQuery): Promise<RecipientChannelsView> {
    return this.get.execute(user, recipient(params, query));
  }
}

function recipient(params: RecipientParams, query: RecipientQuery): RecipientRef {
  const resolved = resolveRecipient(params.recipientId, query.kind);
  if (!resolved) throw fieldError('kind', 'recipientKindMismatch', 'kind contradicts recipientId');
  return resolved;
}
