import { startOrExit, runService } from '@relais/platform';
import { migrateStatistics } from './migrate';
import { STATISTICS_SERVICE } from './statistics.service-definition';

/** `serve` (default) runs the service; `migrate` applies its migrations and exits. */
export function main(args: string[]): void {
  if (args[0] === 'migrate') startOrExit(() => migrateStatistics().then(() => process.exit(0)));
  else startOrExit(() => runService(STATISTICS_SERVICE));
}
