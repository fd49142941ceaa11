import { startOrExit, runService } from '@relais/platform';
import { migrateProsecution } from './migrate';
import { PROSECUTION_SERVICE } from './prosecution.service-definition';

/** `serve` (default) runs the service; `migrate` applies its migrations and exits. */
export function main(args: string[]): void {
  if (args[0] === 'migrate') startOrExit(() => migrateProsecution().then(() => process.exit(0)));
  else startOrExit(() => runService(PROSECUTION_SERVICE));
}
