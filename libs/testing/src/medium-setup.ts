import { databaseUrl } from '@relais/test-infra';
import { withClient } from '@relais/persistence';

/**
 * The medium tier needs Postgres only: no broker is started (the integration tier's global set-up
 * does that). Each spec file provisions its own scratch database and roles (createTestDatabase).
 */
export default async function mediumSetup(): Promise<void> {
  await withClient(databaseUrl().replace(/\/[^/]*$/, '/postgres'), (c) => c.query('SELECT 1')).catch((error) => {
    throw new Error(`Postgres is not reachable at ${databaseUrl()}: ${(error as Error).message}`);
  });
}
