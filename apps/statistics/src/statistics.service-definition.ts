import { ServiceDefinition, serviceMain } from '@relais/platform';
import en from './i18n/messages.en.json';
import fr from './i18n/messages.fr.json';
import { StatisticsModule } from './statistics.module';
import { STATISTICS_ENTITIES } from './persistence/entities';
import { STATISTICS_MIGRATIONS } from './persistence/migrations';
import { STATISTICS_DATABASE_ACCESS } from './persistence/read-model';

export const STATISTICS_SERVICE: ServiceDefinition = {
  service: 'statistics',
  module: StatisticsModule,
  title: 'Relais — statistics',
  description: 'Justice-sector indicators from the event stream, with disclosure control and exports. / Indicateurs du secteur de la justice, avec contrôle de la divulgation et exports.',
  messages: { fr, en },
  entities: STATISTICS_ENTITIES,
  migrations: STATISTICS_MIGRATIONS,
  databaseAccess: STATISTICS_DATABASE_ACCESS,
};

/** main.ts's entry, once telemetry has started: serve, migrate or openapi <file>. */
export const main = (args: string[]): void => serviceMain(STATISTICS_SERVICE, args);
