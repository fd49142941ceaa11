import { ServiceDefinition, serviceMain } from '@relais/platform';
import en from './i18n/messages.en.json';
import fr from './i18n/messages.fr.json';
import { ReferralModule } from './referral.module';
import { REFERRAL_ENTITIES } from './persistence/entities';
import { REFERRAL_MIGRATIONS } from './persistence/migrations';

export const REFERRAL_SERVICE: ServiceDefinition = {
  service: 'referral',
  module: ReferralModule,
  title: 'Relais — referral',
  description: 'Agency directory, routing rules, referrals, their deadlines and escalations. / Annuaire des structures, règles d’orientation, orientations, délais et escalades.',
  messages: { fr, en },
  entities: REFERRAL_ENTITIES,
  migrations: REFERRAL_MIGRATIONS,
};

/** main.ts's entry, once telemetry has started: serve, migrate or openapi <file>. */
export const main = (args: string[]): void => serviceMain(REFERRAL_SERVICE, args);
