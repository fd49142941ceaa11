import { describeErrorTable } from '@relais/test-infra';
import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { NotificationsErrorCode, NotificationsErrors } from './notifications.errors';

describeErrorTable('notifications', {
  errors: NotificationsErrors,
  codes: Object.values(NotificationsErrorCode),
  expected: {
    DELIVERY_NOT_FOUND: 404,
    NOTIFICATION_NOT_FOUND: 404,
    DELIVERY_NOT_RETRYABLE: 409,
    NOT_YOUR_RECIPIENT: 403,
    NO_INBOX: 403,
  },
  catalogues: { fr, en },
});
