/**
 * npm start: the whole platform on this machine. Starts the local Kafka broker (unless
 * KAFKA_BROKERS names a cluster, or one already runs), the five services (each creates its
 * database schema, runs its migrations, creates its topics and loads its reference data), waits
 * until all are ready, then prints where everything is and a token per demo role.
 * Ctrl-C stops the services, then the broker it started.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { SERVICE_PORTS, SERVICES, ServiceName } from '@relais/contracts';
import { ChildProcess } from 'node:child_process';
import { demoTokens } from './lib/demo-principals';
import { startPrefixed, stopChild } from './lib/processes';

const root = join(__dirname, '..', '..');
const kafkaScript = join(root, 'deploy', 'kafka', 'kafka.sh');
const READY_TIMEOUT_MS = Number(process.env.RELAIS_READY_TIMEOUT_MS ?? 180_000);

async function main(): Promise<void> {
  const startedKafka = startKafka();
  const children = new Map<ServiceName, ChildProcess>();
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Relais…');
    await Promise.all([...children.values()].map((c) => stopChild(c, 8000)));
    if (startedKafka) execFileSync('bash', [kafkaScript, 'stop'], { stdio: 'inherit' });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  SERVICES.forEach((service, index) => {
    const child = startPrefixed(service, process.execPath, [join(root, 'dist', 'apps', service, 'src', 'main.js')], { cwd: root, env: process.env }, index);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      // Ctrl-C reaches the services too (same process group): that is a stop, not a failure.
      if (signal === 'SIGINT' || signal === 'SIGTERM') return void stop(0);
      console.error(`\n${service} exited (${signal ?? `code ${code}`}); stopping everything.`);
      void stop(1);
    });
    children.set(service, child);
  });

  const started = Date.now();
  await waitUntilReady();
  await printWelcome((Date.now() - started) / 1000);
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

async function waitUntilReady(): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const pending = new Set<ServiceName>(SERVICES);
  while (pending.size) {
    for (const service of [...pending]) {
      const ok = await fetch(`http://127.0.0.1:${SERVICE_PORTS[service]}/health/ready`).then((r) => r.ok, () => false);
      if (ok) pending.delete(service);
    }
    if (!pending.size) return;
    if (Date.now() > deadline) throw new Error(`not ready after ${READY_TIMEOUT_MS / 1000} s: ${[...pending].join(', ')}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function printWelcome(seconds: number): Promise<void> {
  const lines = [
    '',
    `Relais is running (all five services ready in ${seconds.toFixed(1)} s).`,
    '',
    ...SERVICES.map(
      (s) => `  ${s.padEnd(14)} http://127.0.0.1:${SERVICE_PORTS[s]}   API docs http://127.0.0.1:${SERVICE_PORTS[s]}/api/docs   ready http://127.0.0.1:${SERVICE_PORTS[s]}/health/ready`,
    ),
    `  ${'kafka'.padEnd(14)} ${process.env.KAFKA_BROKERS ?? '127.0.0.1:9092'}`,
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
