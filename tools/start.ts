/**
 * npm start: the whole platform on this machine. Starts the local Kafka broker (unless
 * KAFKA_BROKERS names a cluster, or one already runs), the five services (each creates its
 * database schema, runs its migrations, creates its topics and loads its reference data), waits
 * until all are ready, then prints where everything is, the demo accounts and a token per demo role.
 * Keycloak (deploy/keycloak) starts beside them unless AUTH_JWKS_URL / AUTH_ISSUER name another provider.
 * Ctrl-C stops the services, then the broker and the Keycloak it started.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES } from '@relais/contracts';
import { setUpDatabase } from './db-setup';
import { startKeycloak, stopKeycloak, keycloakWelcome } from './keycloak/launcher';
import { demoTokens } from './lib/demo-principals';
import { Platform } from './lib/platform';
import { repoRoot } from './lib/repo-root';

const kafkaScript = join(repoRoot(), 'deploy', 'kafka', 'kafka.sh');

async function main(): Promise<void> {
  const startedKafka = startKafka();
  // Before the services: they read AUTH_ISSUER / AUTH_JWKS_URL, which this sets for the local Keycloak.
  const keycloak = startKeycloak();
  const platform = new Platform({ echo: true });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Relais…');
    await platform.stopAll();
    if (startedKafka) execFileSync('bash', [kafkaScript, 'stop'], { stdio: 'inherit' });
    if (keycloak.started) stopKeycloak();
    process.exit(code);
  };
  keycloak.ready.catch((error: Error) => {
    console.error(`\n${error.message}; stopping everything.`);
    void stop(1);
  });
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  platform.onUnexpectedExit = (service, code, signal) => {
    // Ctrl-C reaches the services too (same process group): that is a stop, not a failure.
    if (signal === 'SIGINT' || signal === 'SIGTERM') return void stop(0);
    console.error(`\n${service} exited (${signal ?? `code ${code}`}); stopping everything.`);
    void stop(1);
  };

  const started = Date.now();
  // The roles the services log in as (their own) and migrate as (the owner) must exist before they start.
  await setUpDatabase();
  // The gateway first: its URL is the one to open, and it answers (502 for the API) while the services start.
  platform.startGateway();
  platform.startAll();
  await platform.waitForGateway();
  console.log(`\nRelais: ${platform.gatewayUrl}  (the services are starting…)\n`);
  await platform.waitUntilReady(SERVICES, Number(process.env.RELAIS_READY_TIMEOUT_MS ?? 180_000));
  await keycloak.ready;
  await printWelcome(platform, (Date.now() - started) / 1000);
}

/** Returns true when this launcher started the broker (and so must stop it). */
function startKafka(): boolean {
  if (process.env.KAFKA_BROKERS) {
    console.log(`Using the Kafka cluster at ${process.env.KAFKA_BROKERS}.`);
    return false;
  }
  try {
    execFileSync('bash', [kafkaScript, 'status'], { stdio: 'ignore' });
    console.log('A local Kafka broker is already running on 127.0.0.1:9092: using it (it will be left running).');
    return false;
  } catch {
    console.log('Starting the local Kafka broker (first time: fetching the jars from Maven Central)…');
    execFileSync('bash', [kafkaScript, 'start'], { stdio: 'inherit' });
    return true;
  }
}

async function printWelcome(platform: Platform, seconds: number): Promise<void> {
  const lines = [
    '',
    `Relais: open ${platform.gatewayUrl}   (the web app, and the API at ${platform.gatewayUrl}/api/<service>/v1/…)`,
    '',
    `Relais is running (all five services ready in ${seconds.toFixed(1)} s).`,
    '',
    `  ${'gateway'.padEnd(14)} ${platform.gatewayUrl}   health ${platform.gatewayUrl}/gateway/health`,
    ...SERVICES.map((s) => `  ${s.padEnd(14)} ${platform.url(s)}   API docs ${platform.url(s)}/api/docs   ready ${platform.url(s)}/health/ready`),
    `  ${'kafka'.padEnd(14)} ${process.env.KAFKA_BROKERS ?? '127.0.0.1:9092'}`,
    // Written by kafka.sh when the local broker runs with authentication (read-only operator).
    ...(existsSync(join(repoRoot(), '.relais', 'kafka', 'kcat.conf')) && !process.env.KAFKA_BROKERS
      ? [`  ${''.padEnd(14)} authenticated (SCRAM-SHA-512, one principal per service); read-only access: kcat -F .relais/kafka/kcat.conf -L`]
      : []),
    ...keycloakWelcome(platform.gatewayUrl),
    '',
    'Tokens for the demo roles (valid 8 hours; send as "Authorization: Bearer <token>"):',
  ];
  for (const { label, token } of await demoTokens()) lines.push('', `  ${label}`, `  ${token}`);
  lines.push('', 'Try: npm run demo   ·   Stop: Ctrl-C', '');
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
