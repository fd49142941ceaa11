import { startOrExit, runService, writeOpenApiDocument } from '@relais/platform';
import { migrateReferral } from './migrate';
import { REFERRAL_SERVICE } from './referral.service-definition';

/** `serve` (default) runs the service; `migrate` applies its migrations; `openapi <file>` writes its OpenAPI document. */
export function main(args: string[]): void {
  if (args[0] === 'migrate') startOrExit(() => migrateReferral().then(() => process.exit(0)));
  else if (args[0] === 'openapi') startOrExit(() => writeOpenApiDocument(REFERRAL_SERVICE, args[1]).then(() => process.exit(0)));
  else startOrExit(() => runService(REFERRAL_SERVICE));
}
