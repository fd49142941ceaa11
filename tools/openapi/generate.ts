import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SERVICES, ServiceName } from '@relais/contracts';
import openapiTS, { astToString, OpenAPI3 } from 'openapi-typescript';
import { repoRoot } from '../lib/repo-root';

const root = repoRoot();
const run = promisify(execFile);

/**
 * Where the checked-in documents live, and the web app's types generated from them (git ignores
 * the types: `npm run api:types` remakes them from the documents).
 */
export const CHECKED_IN = { documents: join(root, 'docs', 'openapi'), types: join(root, 'apps', 'web', 'src', 'shared', 'api') };

/**
 * Each service writes its own document (`main.ts openapi <file>`, Nest's preview mode: no
 * database, broker or configuration), so no app is imported here; then the types are generated
 * from the documents. `npm run openapi` writes into CHECKED_IN; the staleness test into a temporary
 * directory, to compare.
 */
export async function generateOpenApi(out: { documents: string; types: string }): Promise<void> {
  mkdirSync(out.documents, { recursive: true });
  mkdirSync(out.types, { recursive: true });
  // Two at a time: each process compiles its service on the fly, and machines running this have few cores.
  for (let i = 0; i < SERVICES.length; i += 2) {
    await Promise.all(SERVICES.slice(i, i + 2).map((service) => writeDocument(service, join(out.documents, `${service}.json`))));
  }
  await writeApiTypes(out);
}

/** The web app's types from the documents alone: a second or two, no service is started. */
export async function writeApiTypes(from: { documents: string; types: string } = CHECKED_IN): Promise<void> {
  mkdirSync(from.types, { recursive: true });
  for (const service of SERVICES) {
    const document = readFileSync(join(from.documents, `${service}.json`), 'utf8');
    writeFileSync(join(from.types, `${service}.d.ts`), await openApiTypes(service, document));
  }
}

async function writeDocument(service: ServiceName, file: string): Promise<void> {
  await run(process.execPath, ['-r', '@swc-node/register', join(root, 'apps', service, 'src', 'main.ts'), 'openapi', file], { cwd: root });
}

/**
 * Types only (nothing reaches the bundle). Paths lose their `/api` prefix: the browser calls
 * `/api/<service>/v1/…` through the gateway, which forwards to the service's `/api/v1/…`, so
 * the web app's clients take `/api/<service>` as base URL and the paths start at `/v1`.
 */
export async function openApiTypes(service: ServiceName, documentJson: string): Promise<string> {
  const document = JSON.parse(documentJson) as OpenAPI3;
  const paths = Object.entries(document.paths ?? {}).map(([path, item]) => {
    if (!path.startsWith('/api/')) throw new Error(`${service}: ${path} is not under /api/, the gateway would not route it`);
    return [path.slice('/api'.length), item] as const;
  });
  const ast = await openapiTS({ ...document, paths: Object.fromEntries(paths) }, { alphabetize: true });
  return `// Generated from docs/openapi/${service}.json by \`npm run openapi\`; do not edit by hand.\n\n${astToString(ast)}`;
}
