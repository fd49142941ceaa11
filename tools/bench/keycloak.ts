import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../lib/repo-root';
import { groupStats, pidsOf } from './process-stats';

export interface KeycloakMeasure {
  /** Seconds to ready (realm applied, discovery answering) on an empty database. */
  coldStartSeconds: number;
  /** The same with the database of the previous start. */
  warmStartSeconds: number;
  /** Proportional set size of the JVM once ready, after a few sign-ins. */
  memoryMiB: number;
  /** CPU seconds the JVM used for the warm start (less sensitive to a busy machine than wall time). */
  warmStartCpuSeconds: number;
}

const script = () => join(repoRoot(), 'deploy', 'keycloak', 'keycloak.sh');

/**
 * Keycloak's time to ready and memory, on a private server (other ports, a temporary state dir)
 * so a Keycloak already running for development is left alone. The server build is the cached
 * one (`keycloak.sh build`); "cold" is a first start on an empty database.
 */
export function measureKeycloak(port = 8190): KeycloakMeasure {
  const stateDir = mkdtempSync(join(tmpdir(), 'relais-bench-keycloak-'));
  const env: NodeJS.ProcessEnv = { ...process.env, KEYCLOAK_PORT: String(port), KEYCLOAK_MANAGEMENT_PORT: String(port + 1), KEYCLOAK_STATE_DIR: stateDir };
  delete env.AUTH_JWKS_URL;
  const run = (command: string) => execFileSync('bash', [script(), command], { env, stdio: 'ignore', timeout: 600_000 });
  const timed = (command: string) => {
    const started = performance.now();
    run(command);
    return (performance.now() - started) / 1000;
  };
  const jvm = () => groupStats(pidsOf(`relais.keycloak.state=${stateDir} `));
  try {
    run('build');
    const coldStartSeconds = timed('start');
    run('stop');
    const warmStartSeconds = timed('start');
    const warmStartCpuSeconds = jvm().cpuSeconds;
    for (let i = 0; i < 5; i++) {
      execFileSync('curl', ['-sf', '-o', '/dev/null', '-d', 'grant_type=password', '-d', 'client_id=relais-dev', '-d', 'username=officer-mopti', '-d', 'password=relais-demo', `http://127.0.0.1:${port}/realms/relais/protocol/openid-connect/token`]);
    }
    const memoryMiB = Math.round(jvm().rssBytes / 2 ** 20);
    return { coldStartSeconds, warmStartSeconds, memoryMiB, warmStartCpuSeconds };
  } finally {
    run('stop');
    rmSync(stateDir, { recursive: true, force: true });
  }
}

export function keycloakLine(m: KeycloakMeasure): string {
  return `Keycloak (measured before the load, private server): ready in ${m.coldStartSeconds.toFixed(0)} s on an empty database, ${m.warmStartSeconds.toFixed(0)} s warm (${m.warmStartCpuSeconds.toFixed(0)} CPU s); memory (PSS) ${m.memoryMiB} MiB.`;
}
