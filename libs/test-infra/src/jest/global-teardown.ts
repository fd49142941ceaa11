import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default async function globalTeardown(): Promise<void> {
  if (process.env.RELAIS_TEST_STARTED_KAFKA !== '1') return;
  execFileSync('bash', [join(__dirname, '../../../../deploy/kafka/kafka.sh'), 'stop'], { stdio: 'inherit' });
}
