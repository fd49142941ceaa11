import { startOrExit, runService } from '@relais/platform';
import { migrateIntake } from './migrate';
import { INTAKE_SERVICE } from './intake.service-definition';

/** `serve` (default) runs the service; `migrate` applies its migrations and exits. */
export function main(args: string[]): void {
  if (args[0] === 'migrate') startOrExit(() => migrateIntake().then(() => process.exit(0)));
  else startOrExit(() => runService(INTAKE_SERVICE));
}
