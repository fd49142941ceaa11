import { writeApiTypes } from './openapi/generate';

/**
 * Writes the web app's API types, apps/web/src/shared/api/<service>.d.ts, from the checked-in
 * OpenAPI documents. They are build output, not source: `npm ci` (prepare), `npm run typecheck`
 * and `npm run build:web` make them, so they are never edited, reviewed or diffed by hand.
 */
writeApiTypes().then(
  () => undefined,
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
