import { assertNever, DomainException } from '@relais/platform';

export enum NotificationsErrorCode {
  DeliveryNotFound = 'DELIVERY_NOT_FOUND',
  DeliveryNotRetryable = 'DELIVERY_NOT_RETRYABLE',
  NotificationNotFound = 'NOTIFICATION_NOT_FOUND',
  NotYourRecipient = 'NOT_YOUR_RECIPIENT',
  NoInbox = 'NO_INBOX',
}

/** A refusal of the notifications service; the text is `errors.<code>` in the service's catalogues. */
export class NotificationsException extends DomainException<NotificationsErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case NotificationsErrorCode.DeliveryNotFound:
      case NotificationsErrorCode.NotificationNotFound:
        return 404;
      case NotificationsErrorCode.DeliveryNotRetryable:
        return 409;
      case NotificationsErrorCode.NotYourRecipient:
      case NotificationsErrorCode.NoInbox:
        return 403;
      default:
        return assertNever(this.code);
    }
  }
}
