import { startOrExit, runService, writeOpenApiDocument } from '@relais/platform';
import { migrateNotifications } from './migrate';
import { NOTIFICATIONS_SERVICE } from './notifications.service-definition';

/** `serve` (default) runs the service; `migrate` applies its migrations; `openapi <file>` writes its OpenAPI document. */
export function main(args: string[]): void {
  if (args[0] === 'migrate') startOrExit(() => migrateNotifications().then(() => process.exit(0)));
  else if (args[0] === 'openapi') startOrExit(() => writeOpenApiDocument(NOTIFICATIONS_SERVICE, args[1]).then(() => process.exit(0)));
  else startOrExit(() => runService(NOTIFICATIONS_SERVICE));
}
