import { join, resolve } from 'node:path';
import { CHECKED_IN, generateOpenApi } from './openapi/generate';

/**
 * Regenerates docs/openapi/<service>.json and the web app's types from them. `--out <dir>`
 * writes them under <dir>/documents and <dir>/types instead: the staleness test compares those
 * with the checked-in copies.
 */
const at = process.argv.indexOf('--out');
const out = at > 0 ? resolve(process.argv[at + 1]) : undefined;
generateOpenApi(out ? { documents: join(out, 'documents'), types: join(out, 'types') } : CHECKED_IN).then(
  () => console.log(out ? `wrote ${out}` : 'wrote docs/openapi/*.json and apps/web/src/shared/api/*.d.ts'),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
