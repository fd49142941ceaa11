import { defineErrors } from '@relais/contracts';

export enum NotificationsErrorCode {
  DeliveryNotFound = 'DELIVERY_NOT_FOUND',
  DeliveryNotRetryable = 'DELIVERY_NOT_RETRYABLE',
  NotificationNotFound = 'NOTIFICATION_NOT_FOUND',
  NotYourRecipient = 'NOT_YOUR_RECIPIENT',
  NoInbox = 'NO_INBOX',
}

export const NotificationsErrors = defineErrors<NotificationsErrorCode>('notifications', {
  [NotificationsErrorCode.DeliveryNotFound]: 404,
  [NotificationsErrorCode.NotificationNotFound]: 404,
  [NotificationsErrorCode.DeliveryNotRetryable]: 409,
  [NotificationsErrorCode.NotYourRecipient]: 403,
  [NotificationsErrorCode.NoInbox]: 403,
});

/** A refusal of the notifications service; the text is `errors.<code>` in the service's catalogues. */
export class NotificationsException extends NotificationsErrors.Exception {}
