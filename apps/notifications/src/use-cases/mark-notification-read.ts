import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { currentLanguage } from '@relais/platform';
import { inboxesOf } from '../domain/inboxes';
import { NotificationsErrorCode, NotificationsException } from '../domain/notifications.errors';
import { InboxRepository } from '../persistence/inbox.repository';
import { notificationView, NotificationViewModel } from './views';

/**
 * Marks a notification read for the caller. Reading again answers the same (first) read time.
 * A notification outside the caller's inboxes is answered as absent: whether it exists is not theirs to learn.
 */
@Injectable()
export class MarkNotificationRead {
  constructor(
    private readonly tx: TransactionHost,
    private readonly inbox: InboxRepository,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal, id: string): Promise<NotificationViewModel> {
    const inboxes = inboxesOf(principal);
    if (!inboxes.length) throw new NotificationsException(NotificationsErrorCode.NoInbox);
    return this.tx.run(async (manager) => {
      const item = await this.inbox.find(inboxes, principal.sub, id);
      if (!item) throw new NotificationsException(NotificationsErrorCode.NotificationNotFound, { id });
      const { readAt, first } = await this.inbox.markRead(id, principal.sub);
      if (first) {
        await this.audit.append(manager, {
          actor: principal.sub,
          action: 'notification.read',
          resourceType: 'notification',
          resourceId: id,
          outcome: 'success',
          details: { eventType: item.eventType },
        });
      }
      return notificationView({ ...item, readAt }, currentLanguage());
    });
  }
}
