import { ServiceDefinition, serviceMain } from '@relais/platform';
import en from './i18n/messages.en.json';
import fr from './i18n/messages.fr.json';
import { NotificationsModule } from './notifications.module';
import { NOTIFICATIONS_ENTITIES } from './persistence/entities';
import { NOTIFICATIONS_MIGRATIONS } from './persistence/migrations';

export const NOTIFICATIONS_SERVICE: ServiceDefinition = {
  service: 'notifications',
  module: NotificationsModule,
  title: 'Relais — notifications',
  description: 'Signed webhooks, e-mail, SMS and in-app inbox, in French and English, without personal data. / Webhooks signés, courriel, SMS et messagerie interne, en français et en anglais, sans données personnelles.',
  messages: { fr, en },
  entities: NOTIFICATIONS_ENTITIES,
  migrations: NOTIFICATIONS_MIGRATIONS,
};

/** main.ts's entry, once telemetry has started: serve, migrate or openapi <file>. */
export const main = (args: string[]): void => serviceMain(NOTIFICATIONS_SERVICE, args);
