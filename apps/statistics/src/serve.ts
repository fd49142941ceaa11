import { startOrExit, runService, writeOpenApiDocument } from '@relais/platform';
import { migrateStatistics } from './migrate';
import { STATISTICS_SERVICE } from './statistics.service-definition';

/** `serve` (default) runs the service; `migrate` applies its migrations; `openapi <file>` writes its OpenAPI document. */
export function main(args: string[]): void {
  if (args[0] === 'migrate') startOrExit(() => migrateStatistics().then(() => process.exit(0)));
  else if (args[0] === 'openapi') startOrExit(() => writeOpenApiDocument(STATISTICS_SERVICE, args[1]).then(() => process.exit(0)));
  else startOrExit(() => runService(STATISTICS_SERVICE));
}
