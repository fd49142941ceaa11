import { CreateReadModel1796130000000 } from './20261201130000-create-read-model';
import { CreatePopulation1796130060000 } from './20261201130100-create-population';
import { MonthlyTotalsForProsecutions1796911200000 } from './20261210140000-monthly-totals-for-prosecutions';
import { DeclinesAndOffices1796994000000 } from './20261211130000-declines-and-offices';

/** This service's own migrations, after the shared ones (PLATFORM_MIGRATIONS), oldest first. */
export const STATISTICS_MIGRATIONS = [CreateReadModel1796130000000, CreatePopulation1796130060000, MonthlyTotalsForProsecutions1796911200000, DeclinesAndOffices1796994000000];
