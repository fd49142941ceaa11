import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { stopKeycloakIfStarted } from '../keycloak';

export default async function globalTeardown(): Promise<void> {
  stopKeycloakIfStarted();
  if (process.env.RELAIS_TEST_STARTED_KAFKA !== '1') return;
  execFileSync('bash', [join(__dirname, '../../../../deploy/kafka/kafka.sh'), 'stop'], { stdio: 'inherit' });
}
