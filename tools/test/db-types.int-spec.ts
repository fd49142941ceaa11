import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDbTypes, TYPED_SCHEMAS } from '../db-types';

const root = join(__dirname, '..', '..');

describe('the Kysely schema types generated from the migrated databases', () => {
  const out = mkdtempSync(join(tmpdir(), 'relais-db-types-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  beforeAll(async () => {
    await generateDbTypes((service) => join(out, `${service}.ts`));
  });

  it.each(Object.entries(TYPED_SCHEMAS).map(([service, schema]) => [service, schema!.file]))(
    "%s: %s is what `npm run db:types` writes (run it after changing the service's migrations)",
    (service, file) => {
      expect(readFileSync(join(root, file), 'utf8')).toBe(readFileSync(join(out, `${service}.ts`), 'utf8'));
    },
  );

  it('checks every service that has generated types (a file left out of TYPED_SCHEMAS would go stale unseen)', () => {
    const onDisk = readdirSync(join(root, 'apps'))
      .map((service) => `apps/${service}/src/persistence/schema.generated.ts`)
      .filter((file) => existsSync(join(root, file)));
    expect(Object.values(TYPED_SCHEMAS).map((schema) => schema!.file).sort()).toEqual(onDisk.sort());
  });
});
