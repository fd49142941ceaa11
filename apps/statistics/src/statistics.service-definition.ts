import { ServiceDefinition } from '@relais/platform';
import en from './i18n/messages.en.json';
import fr from './i18n/messages.fr.json';
import { StatisticsModule } from './statistics.module';

export const STATISTICS_SERVICE: ServiceDefinition = {
  service: 'statistics',
  module: StatisticsModule,
  title: 'Relais — statistics',
  description: 'Justice-sector indicators from the event stream, with disclosure control and exports. / Indicateurs du secteur de la justice, avec contrôle de la divulgation et exports.',
  messages: { fr, en },
};
