import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICES } from '@relais/contracts';
import { repoRoot } from '../lib/repo-root';

const root = repoRoot();
const checkedIn = { documents: join(root, 'docs', 'openapi'), types: join(root, 'apps', 'web', 'src', 'shared', 'api') };

// The generator runs as `npm run openapi` does, in its own process: openapi-typescript loads
// ES modules that Jest's module system cannot, and the services are built in Nest's preview mode.
describe('the checked-in OpenAPI documents and the web app types', () => {
  const out = mkdtempSync(join(tmpdir(), 'relais-openapi-'));
  const fresh = { documents: join(out, 'documents'), types: join(out, 'types') };

  beforeAll(() => {
    execFileSync(process.execPath, ['-r', '@swc-node/register', join(root, 'tools', 'openapi.ts'), '--out', out], { cwd: root, stdio: 'pipe' });
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(SERVICES)('are what the %s service describes today (run `npm run openapi` after changing an endpoint; the types are remade from the documents)', (service) => {
    expect(readFileSync(join(checkedIn.documents, `${service}.json`), 'utf8')).toBe(readFileSync(join(fresh.documents, `${service}.json`), 'utf8'));
    expect(readFileSync(join(checkedIn.types, `${service}.d.ts`), 'utf8')).toBe(readFileSync(join(fresh.types, `${service}.d.ts`), 'utf8'));
  });

  it('cover every service and nothing else', () => {
    expect(readdirSync(fresh.documents).sort()).toEqual(SERVICES.map((s) => `${s}.json`).sort());
    expect(readdirSync(checkedIn.documents).sort()).toEqual(SERVICES.map((s) => `${s}.json`).sort());
  });

  it('give the web app paths as the gateway routes them (/api/<service> + /v1/…)', () => {
    const referral = readFileSync(join(checkedIn.types, 'referral.d.ts'), 'utf8');
    expect(referral).toContain('"/v1/referrals": {');
    expect(referral).not.toContain('"/api/v1/');
    const intake = JSON.parse(readFileSync(join(checkedIn.documents, 'intake.json'), 'utf8')) as { paths: Record<string, unknown> };
    expect(Object.keys(intake.paths)).toContain('/api/v1/identifications');
  });
});
