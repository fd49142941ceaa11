import { ChildProcess, execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { SERVICE_PORTS, SERVICES, ServiceName } from '@relais/contracts';
import { createTestDatabase, deleteNamespaceTopics, dropTestDatabase, kafkaBrokers, testKafka, testNamespace } from '@relais/testing';
import { Platform } from '../../../../tools/lib/platform';
import { startPrefixed, stopChild } from '../../../../tools/lib/processes';
import { repoRoot } from '../../../../tools/lib/repo-root';

/** The browser's one origin: Keycloak's realm only accepts redirects to it. */
export const APP_URL = 'http://127.0.0.1:3000';
export const ISSUER = 'http://127.0.0.1:8080/realms/relais';

// Services on their own ports (each 1300 above its SERVICE_PORTS one), so a developer's `npm start` can keep running.
const PORTS = Object.fromEntries(SERVICES.map((service) => [service, SERVICE_PORTS[service] + 1300])) as Record<ServiceName, number>;

/**
 * For the spec's beforeAll: the wait for another run's turn (up to 20 min) plus the build and the
 * start. A shorter hook timeout would leave the start running on after the hook gave up.
 */
export const START_TIMEOUT_MS = 30 * 60_000;

export interface BrowserPlatform {
  url: string;
  platform: Platform;
  /** The gateway's last lines, for a failing test. */
  gatewayTail(): string[];
  stop(): Promise<void>;
}

const root = repoRoot();
const keycloakScript = join(root, 'deploy', 'keycloak', 'keycloak.sh');

/** Starts Keycloak unless it runs; returns true when this run started it (and must stop it). */
function ensureKeycloak(): boolean {
  try {
    execFileSync('bash', [keycloakScript, 'status'], { stdio: 'ignore' });
    return false;
  } catch {
    execFileSync('bash', [keycloakScript, 'start'], { stdio: 'inherit' });
    return true;
  }
}

/**
 * Browser tests need :3000 (the only redirect Keycloak accepts), so two runs on one machine take
 * turns: an exclusive lock file naming its process, taken over when that process is gone.
 */
export async function takeTurn(timeoutMs = 20 * 60_000): Promise<() => void> {
  const dir = join(root, '.relais');
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'browser-tests.lock');
  const deadline = Date.now() + timeoutMs;
  for (let announced = false; ; ) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch {
      const holder = Number(readFileSync(lock, 'utf8').trim() || 0);
      if (!holder || !isAlive(holder)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another browser test run (pid ${holder}) still holds ${lock}`);
      if (!announced) console.log(`Waiting for another browser test run (pid ${holder}) to finish…`);
      announced = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function waitFor(url: string, timeoutMs: number, tail: () => string[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fetch(url).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs / 1000} s\n${tail().join('\n')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The platform as in production, for tests in a real browser: the built web app behind the
 * gateway on :3000, the five services (built code, a throwaway database and topic namespace)
 * verifying Keycloak's tokens, Keycloak with the development realm, Kafka (from the Jest global
 * setup). Builds first unless RELAIS_BROWSER_NO_BUILD=1 (when iterating on a test alone).
 */
export async function startBrowserPlatform(): Promise<BrowserPlatform> {
  const release = await takeTurn();
  for (const deadline = Date.now() + 5 * 60_000; await portInUse(3000); await new Promise((r) => setTimeout(r, 2000))) {
    if (Date.now() > deadline) {
      release();
      throw new Error('127.0.0.1:3000 stays taken (npm start?): the browser tests run their own gateway there, the only origin Keycloak redirects to');
    }
  }
  // Inside the turn: a build empties dist/apps/web, which another run's gateway may be serving.
  try {
    if (process.env.RELAIS_BROWSER_NO_BUILD !== '1' || !existsSync(join(root, 'dist', 'apps', 'web', 'index.html'))) {
      execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    }
  } catch (error) {
    release();
    throw error;
  }
  const startedKeycloak = ensureKeycloak();
  const databaseUrl = await createTestDatabase('browser');
  const namespace = testNamespace();
  const auth = { AUTH_JWKS_URL: `${ISSUER}/protocol/openid-connect/certs`, AUTH_ISSUER: ISSUER };
  const platform = new Platform({
    ports: PORTS,
    env: { DATABASE_URL: databaseUrl, KAFKA_BROKERS: kafkaBrokers().join(','), KAFKA_NAMESPACE: namespace, LOG_LEVEL: 'warn', DB_POOL_SIZE: '5', ...auth },
  });
  const gatewayLines: string[] = [];
  let gateway: ChildProcess | undefined;
  const stop = async () => {
    if (gateway) await stopChild(gateway, 5000);
    await platform.stopAll();
    await dropTestDatabase(databaseUrl).catch(() => undefined);
    await deleteNamespaceTopics(testKafka(), namespace).catch(() => undefined);
    if (startedKeycloak) execFileSync('bash', [keycloakScript, 'stop'], { stdio: 'inherit' });
    release();
  };
  try {
    platform.startAll();
    const upstreams = Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_URL`, platform.url(s)]));
    gateway = startPrefixed(
      'gateway',
      process.execPath,
      [join(root, 'dist', 'apps', 'gateway', 'src', 'main.js')],
      { cwd: root, env: { ...process.env, PORT: '3000', LOG_LEVEL: 'warn', AUTH_ISSUER: ISSUER, ...upstreams } },
      SERVICES.length,
      (line) => gatewayLines.push(line) > 200 && gatewayLines.shift(),
      false,
    );
    await Promise.all([platform.waitUntilReady(SERVICES, 240_000), waitFor(`${APP_URL}/gateway/health`, 60_000, () => gatewayLines)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: APP_URL, platform, gatewayTail: () => gatewayLines, stop };
}
