import { startOrExit, runService } from '@relais/platform';
import { migrateReferral } from './migrate';
import { REFERRAL_SERVICE } from './referral.service-definition';

/** `serve` (default) runs the service; `migrate` applies its migrations and exits. */
export function main(args: string[]): void {
  if (args[0] === 'migrate') startOrExit(() => migrateReferral().then(() => process.exit(0)));
  else startOrExit(() => runService(REFERRAL_SERVICE));
}
