import { ServiceDefinition, serviceMain } from '@relais/platform';
import en from './i18n/messages.en.json';
import fr from './i18n/messages.fr.json';
import { ProsecutionModule } from './prosecution.module';
import { PROSECUTION_ENTITIES } from './persistence/entities';
import { PROSECUTION_MIGRATIONS } from './persistence/migrations';

export const PROSECUTION_SERVICE: ServiceDefinition = {
  service: 'prosecution',
  module: ProsecutionModule,
  title: 'Relais — prosecution',
  description: 'Cases from police report to final judgment: defendants, charges, hearings, outcomes. / Procédures du procès-verbal au jugement définitif : prévenus, chefs d’accusation, audiences, décisions.',
  messages: { fr, en },
  entities: PROSECUTION_ENTITIES,
  migrations: PROSECUTION_MIGRATIONS,
};

/** main.ts's entry, once telemetry has started: serve, migrate or openapi <file>. */
export const main = (args: string[]): void => serviceMain(PROSECUTION_SERVICE, args);
