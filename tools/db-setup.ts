/**
 * npm run db:setup: as the administrator named in DATABASE_URL (locally the `postgres` superuser),
 * creates the owner role, one login role per service and the database, and lets them connect
 * (idempotent). `npm start` and `npm run db:migrate` run it first. In production a database
 * administrator does this once, with passwords: see deploy/postgres/README.md.
 */
import { SERVICES } from '@relais/contracts';
import { databaseName, DEFAULT_DATABASE_URL, provisionDatabase } from '@relais/persistence';

export async function setUpDatabase(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): Promise<void> {
  await provisionDatabase(url, SERVICES);
}

if (require.main === module) {
  setUpDatabase()
    .then(() => console.warn(`database ${databaseName(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL)}: roles relais_owner, ${SERVICES.map((s) => `relais_${s}`).join(', ')} ready`))
    .catch((error: Error) => {
      console.error(`db:setup failed: ${error.message}`);
      process.exit(1);
    });
}
