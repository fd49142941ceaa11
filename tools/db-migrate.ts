/**
 * npm run db:migrate (after db:setup): each service in the list applies its migrations, one after
 * the other, through its own entry point (`main.ts migrate`), exactly as the migrate job runs it.
 * A separate process per service: each loads only its own code, as in production.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SERVICES } from '@relais/contracts';
import { repoRoot } from './lib/repo-root';

const root = repoRoot();
for (const service of SERVICES) {
  const { status, signal } = spawnSync(process.execPath, ['-r', '@swc-node/register', join(root, 'apps', service, 'src', 'main.ts'), 'migrate'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (status !== 0) {
    console.error(`db:migrate: ${service} failed (${signal ?? `exit code ${status}`}); the services after it were not migrated`);
    process.exit(1);
  }
}
