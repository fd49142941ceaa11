import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation,
  ApiTags, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { ErrorBodyDto } from '@relais/platform';
import { GetDelivery } from '../use-cases/get-delivery';
import { ListDeliveries } from '../use-cases/list-deliveries';
import { RetryDelivery } from '../use-cases/retry-delivery';
import { DeliveriesQuery } from './dto/deliveries.query';
import { DeliveryPageModel } from '../use-cases/views';
import { IdParams } from './dto/id.params';
import { pageOf, pageView } from './dto/paging';
import { DeliveryPage, DeliveryView } from './dto/views';

@ApiTags('deliveries')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Coordinator and system administrators only.' })
@Roles('coordinator', 'system_admin')
@Controller('api/v1/deliveries')
export class DeliveriesController {
  constructor(
    private readonly list: ListDeliveries,
    private readonly get: GetDelivery,
    private readonly retry: RetryDelivery,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List deliveries (e.g. ?status=failed), newest first, a page at a time (`limit`, then `cursor` = the previous page’s `nextCursor`)' })
  @ApiOkResponse({ type: DeliveryPage })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  async deliveries(@Query() query: DeliveriesQuery): Promise<DeliveryPageModel> {
    const filter = {
      status: query.status,
      channel: query.channel,
      recipientKind: query.recipientKind,
      recipientId: query.recipientId,
      eventType: query.eventType,
      eventId: query.eventId,
    };
    return pageView(await this.list.execute(filter, pageOf(query)));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One delivery: status, attempts, last error, timestamps' })
  @ApiOkResponse({ type: DeliveryView })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  delivery(@Param() params: IdParams): Promise<DeliveryView> {
    return this.get.execute(params.id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed delivery again, with a fresh retry window' })
  @ApiOkResponse({ type: DeliveryView, description: 'The delivery, pending again.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'The delivery is not failed.' })
  retryDelivery(@CurrentUser() user: Principal, @Param() params: IdParams): Promise<DeliveryView> {
    return this.retry.execute(user, params.id);
  }
}
