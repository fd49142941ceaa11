import { startOrExit, runService, writeOpenApiDocument } from '@relais/platform';
import { migrateProsecution } from './migrate';
import { PROSECUTION_SERVICE } from './prosecution.service-definition';

/** `serve` (default) runs the service; `migrate` applies its migrations; `openapi <file>` writes its OpenAPI document. */
export function main(args: string[]): void {
  if (args[0] === 'migrate') startOrExit(() => migrateProsecution().then(() => process.exit(0)));
  else if (args[0] === 'openapi') startOrExit(() => writeOpenApiDocument(PROSECUTION_SERVICE, args[1]).then(() => process.exit(0)));
  else startOrExit(() => runService(PROSECUTION_SERVICE));
}
