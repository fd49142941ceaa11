import { ServiceDefinition, serviceMain } from '@relais/platform';
import en from './i18n/messages.en.json';
import fr from './i18n/messages.fr.json';
import { IntakeModule } from './intake.module';
import { INTAKE_ENTITIES } from './persistence/entities';
import { INTAKE_MIGRATIONS } from './persistence/migrations';

export const INTAKE_SERVICE: ServiceDefinition = {
  service: 'intake',
  module: IntakeModule,
  title: 'Relais — intake',
  description: 'Identifications by police and gendarmerie, the encrypted personal-data vault, consent. / Identifications par la police et la gendarmerie, coffre chiffré des données personnelles, consentement.',
  messages: { fr, en },
  entities: INTAKE_ENTITIES,
  migrations: INTAKE_MIGRATIONS,
};

/** main.ts's entry, once telemetry has started: serve, migrate or openapi <file>. */
export const main = (args: string[]): void => serviceMain(INTAKE_SERVICE, args);
