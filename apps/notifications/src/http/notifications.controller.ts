import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { ErrorBodyDto } from '@relais/platform';
import { ListNotifications } from '../use-cases/list-notifications';
import { MarkNotificationRead } from '../use-cases/mark-notification-read';
import { NotificationPageModel } from '../use-cases/views';
import { IdParams } from './dto/id.params';
import { NotificationsQuery } from './dto/notifications.query';
import { pageOf, pageView } from './dto/paging';
import { NotificationPage, NotificationView } from './dto/views';

@ApiTags('inbox')
@ApiBearerAuth()
@ApiHeader({ name: 'Accept-Language', required: false, description: 'fr (default) or en: the language notifications are rendered in.' })
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'The token names no agency, office or coordinator role.' })
@Roles('agency_caseworker', 'agency_admin', 'prosecutor', 'coordinator')
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(
    private readonly list: ListNotifications,
    private readonly markRead: MarkNotificationRead,
  ) {}

  @Get()
  @ApiOperation({
    summary: "The caller's in-app inbox: their agency's (agencyId), their office's (jurisdiction), the coordinator's; "
      + 'newest first, a page at a time (`limit`, then `cursor` = the previous page’s `nextCursor`)',
  })
  @ApiOkResponse({ type: NotificationPage })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  async notifications(@CurrentUser() user: Principal, @Query() query: NotificationsQuery): Promise<NotificationPageModel> {
    return pageView(await this.list.execute(user, { unread: query.unread }, pageOf(query)));
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a notification read for the caller' })
  @ApiOkResponse({ type: NotificationView })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: "Not in the caller's inboxes." })
  read(@CurrentUser() user: Principal, @Param() params: IdParams): Promise<NotificationView> {
    return this.markRead.execute(user, params.id);
  }
}
