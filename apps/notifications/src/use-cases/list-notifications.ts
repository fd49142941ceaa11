import { Injectable } from '@nestjs/common';
import { Principal } from '@relais/auth';
import { currentLanguage } from '@relais/platform';
import { inboxesOf } from '../domain/inboxes';
import { NotificationsErrorCode, NotificationsException } from '../domain/notifications.errors';
import { InboxRepository } from '../persistence/inbox.repository';
import { Page, Slice } from '../persistence/page';
import { NotificationViewModel, notificationView } from './views';

export interface NotificationsFilter {
  unread?: boolean;
}

/** The caller's inboxes, newest first, in the caller's language, with their own read marks. */
@Injectable()
export class ListNotifications {
  constructor(private readonly inbox: InboxRepository) {}

  async execute(principal: Principal, filter: NotificationsFilter, page: Page): Promise<Slice<NotificationViewModel> & { unreadCount: number }> {
    const inboxes = inboxesOf(principal);
    if (!inboxes.length) throw new NotificationsException(NotificationsErrorCode.NoInbox);
    const slice = await this.inbox.list(inboxes, principal.sub, { unreadOnly: filter.unread === true }, page);
    const language = currentLanguage();
    return {
      ...slice,
      items: slice.items.map((row) => notificationView(row, language)),
      unreadCount: await this.inbox.unreadCount(inboxes, principal.sub),
    };
  }
}
