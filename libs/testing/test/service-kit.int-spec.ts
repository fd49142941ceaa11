import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createServiceApp } from '@relais/platform';
import { provisionDatabase } from '@relais/persistence';
import { createTestDatabase, dropTestDatabase, kafkaBrokers, localCredentials } from '@relais/test-infra';
import { request, startTestService, TestService } from '../src';
import { KIT_SERVICE } from './kit-service/kit.service-definition';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..');
const main = join(__dirname, 'kit-service', 'main.ts');

/** The entry point as `node dist/apps/<service>/src/main.js <command>` runs it, compiled on the fly. */
function entry(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ['-r', '@swc-node/register', main, ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'error', ...env } });
}

describe('a service built from the kit alone (real Postgres and Kafka)', () => {
  let url: string;
  let service: TestService | undefined;
  const out = mkdtempSync(join(tmpdir(), 'relais-kit-'));

  beforeAll(async () => {
    url = await createTestDatabase('kit');
    // A real sixth service gets its login role from SERVICES (db:setup); this one is not listed.
    await provisionDatabase(url, ['kit']);
  });

  afterAll(async () => {
    await service?.close();
    await dropTestDatabase(url);
    rmSync(out, { recursive: true, force: true });
  });

  it('migrates through its main.ts: the platform migrations, then its own', async () => {
    const { stdout } = await entry(['migrate'], { DATABASE_URL: url });
    expect(stdout).toMatch(/^kit: CreateAuditLog\d+, .*, CreateGreetings1796700000000\n$/);
    const again = await entry(['migrate'], { DATABASE_URL: url });
    expect(again.stdout).toBe('kit: up to date\n');
  }, 60_000);

  it('boots over HTTP on the schema the migrate command made, without migrating itself', async () => {
    // An authenticated local broker knows no 'kit' principal (a listed service gets one from
    // deploy/kafka); this one borrows the tests' administrator.
    const admin = localCredentials(kafkaBrokers(), 'admin');
    const kafka: Record<string, string> = admin && 'password' in admin ? { KAFKA_SASL_USERNAME: admin.username, KAFKA_SASL_PASSWORD: admin.password } : {};
    service = await startTestService(KIT_SERVICE, { databaseUrl: url, env: { MIGRATE_ON_START: 'false', ...kafka } });
    const ready = await request(`${service.url}/health/ready`);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, kafka: { status: 'up' } } });
    const greetings = await request(`${service.url}/api/v1/greetings`);
    expect(greetings.status).toBe(200);
    expect(greetings.body).toEqual([{ language: 'en', text: 'Hello' }, { language: 'fr', text: 'Bonjour' }]);
  }, 60_000);

  it('refuses to start when its definition lists other migrations than its module', async () => {
    const saved = { DATABASE_URL: process.env.DATABASE_URL, MIGRATE_ON_START: process.env.MIGRATE_ON_START };
    Object.assign(process.env, { DATABASE_URL: url, MIGRATE_ON_START: 'false' });
    let cleanup: (() => Promise<unknown>) | undefined;
    try {
      await expect(createServiceApp({ ...KIT_SERVICE, migrations: [] }, (close) => (cleanup = close))).rejects.toThrow(
        'relais-kit: its service definition and its module disagree: migrations in the module only: CreateGreetings1796700000000',
      );
    } finally {
      await cleanup?.();
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }, 60_000);

  it('writes its OpenAPI document without a database', async () => {
    const file = join(out, 'kit.json');
    await entry(['openapi', file], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    const document = JSON.parse(readFileSync(file, 'utf8'));
    expect(document.info.title).toBe('Relais — kit');
    expect(Object.keys(document.paths)).toEqual(['/api/v1/greetings']);
  }, 60_000);

  it('refuses an unknown command with the reason and a non-zero exit', async () => {
    await expect(entry(['migrat'])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("unknown command 'migrat'") });
  }, 60_000);
});
