import { Injectable } from '@nestjs/common';
import { Principal } from '@relais/auth';
import { currentLanguage, DEFAULT_PAGE_LIMIT } from '@relais/platform';
import { inboxesOf } from '../domain/inboxes';
import { NotificationsErrorCode, NotificationsException } from '../domain/notifications.errors';
import { InboxRepository } from '../persistence/inbox.repository';
import { NotificationPageModel, notificationView } from './views';

export interface NotificationsFilter {
  unread?: boolean;
  limit?: number;
  /** The `nextCursor` of the previous page. */
  before?: string;
}

/** The caller's inboxes, newest first, in the caller's language, with their own read marks. */
@Injectable()
export class ListNotifications {
  constructor(private readonly inbox: InboxRepository) {}

  async execute(principal: Principal, query: NotificationsFilter): Promise<NotificationPageModel> {
    const inboxes = inboxesOf(principal);
    if (!inboxes.length) throw new NotificationsException(NotificationsErrorCode.NoInbox);
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const rows = await this.inbox.list(inboxes, principal.sub, { unreadOnly: query.unread === true, limit: limit + 1, before: query.before });
    const language = currentLanguage();
    const items = rows.slice(0, limit).map((row) => notificationView(row, language));
    return {
      items,
      unreadCount: await this.inbox.unreadCount(inboxes, principal.sub),
      nextCursor: rows.length > limit ? items[items.length - 1].id : null,
    };
  }
}
