import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import integrationSetup from '../../../../libs/test-infra/src/jest/global-setup';
import { takeTurn } from './platform';

/**
 * The browser tier's set-up: the broker and database as for integration tests, then one build of
 * the whole platform (services, gateway, web app) for every spec of the run, not one per spec.
 * RELAIS_BROWSER_NO_BUILD=1 skips it (a build already made, as CI does before `npm test`).
 */
export default async function browserGlobalSetup(): Promise<void> {
  await integrationSetup();
  if (process.env.RELAIS_BROWSER_NO_BUILD === '1') return;
  // In turn with other runs: the build empties dist/apps/web, which another run's gateway may be serving.
  const release = await takeTurn();
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: join(__dirname, '..', '..', '..', '..'), stdio: 'inherit' });
  } finally {
    release();
  }
  // Workers start after this and inherit it: each spec serves the build just made.
  process.env.RELAIS_BROWSER_NO_BUILD = '1';
}
