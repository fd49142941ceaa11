import { startOrExit, runService, writeOpenApiDocument } from '@relais/platform';
import { migrateIntake } from './migrate';
import { INTAKE_SERVICE } from './intake.service-definition';

/** `serve` (default) runs the service; `migrate` applies its migrations; `openapi <file>` writes its OpenAPI document. */
export function main(args: string[]): void {
  if (args[0] === 'migrate') startOrExit(() => migrateIntake().then(() => process.exit(0)));
  else if (args[0] === 'openapi') startOrExit(() => writeOpenApiDocument(INTAKE_SERVICE, args[1]).then(() => process.exit(0)));
  else startOrExit(() => runService(INTAKE_SERVICE));
}
