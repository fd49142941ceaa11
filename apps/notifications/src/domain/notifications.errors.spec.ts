import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { NotificationsErrorCode, NotificationsErrors, NotificationsException } from './notifications.errors';

// Written out, not derived: the web app, the catalogues and the integration tests rely on each pair.
const EXPECTED: Record<string, number> = {
  DELIVERY_NOT_FOUND: 404,
  NOTIFICATION_NOT_FOUND: 404,
  DELIVERY_NOT_RETRYABLE: 409,
  NOT_YOUR_RECIPIENT: 403,
  NO_INBOX: 403,
};

describe('notifications errors', () => {
  it('declares exactly the expected codes, each with its status', () => {
    expect(NotificationsErrors.statuses).toEqual(EXPECTED);
    expect([...NotificationsErrors.codes].sort()).toEqual(Object.values(NotificationsErrorCode).sort());
  });

  it.each(Object.values(NotificationsErrorCode))('%s has its status on the exception and a text in French and English', (code) => {
    expect(new NotificationsException(code).httpStatus).toBe(EXPECTED[code]);
    expect((fr as Record<string, string>)[`errors.${code}`]).toEqual(expect.any(String));
    expect((en as Record<string, string>)[`errors.${code}`]).toEqual(expect.any(String));
  });
});
