import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConnectionOptions } from 'node:tls';
import { SASLOptions } from 'kafkajs';

/** What a kafkajs client needs to reach a secured cluster: the `sasl` and `ssl` options of `new Kafka()`. */
export interface KafkaSecurity {
  sasl?: SASLOptions;
  ssl?: ConnectionOptions | boolean;
  /** Where the credentials came from: the environment, the local broker's files, or none (plaintext broker). */
  source: 'environment' | 'local' | 'none';
}

const MECHANISMS = ['scram-sha-512', 'scram-sha-256', 'plain'] as const;
type Mechanism = (typeof MECHANISMS)[number];

/**
 * The client security of one principal, from the environment:
 * - KAFKA_SASL_USERNAME with KAFKA_SASL_PASSWORD (or KAFKA_SASL_PASSWORD_FILE, a mounted secret);
 *   KAFKA_SASL_MECHANISM (scram-sha-512 by default);
 * - KAFKA_TLS=true for a TLS listener, with KAFKA_TLS_CA_FILE (the cluster's CA, e.g. Strimzi's
 *   cluster CA) and, for mutual TLS, KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE.
 * Without a user name, and never in production (NODE_ENV=production): when the brokers are a local
 * broker of deploy/kafka/kafka.sh started with KAFKA_AUTH=scram, the principal's password is read
 * from the file that broker's storage was formatted with (.relais/kafka/credentials/<port>/), and
 * its CA trusted when it was started with TLS (KAFKA_AUTH=scram-tls).
 * Otherwise the client connects without authentication.
 */
export function kafkaSecurity(principal: string, brokers: string[], env: NodeJS.ProcessEnv = process.env): KafkaSecurity {
  const ssl = tlsOptions(env);
  const username = env.KAFKA_SASL_USERNAME?.trim();
  if (username) {
    return { sasl: saslOptions(mechanismOf(env), username, passwordOf(env)), ssl, source: 'environment' };
  }
  if (env.KAFKA_SASL_PASSWORD || env.KAFKA_SASL_PASSWORD_FILE) throw new Error('KAFKA_SASL_PASSWORD is set without KAFKA_SASL_USERNAME');
  if (env.NODE_ENV !== 'production') {
    const password = localPassword(principal, brokers, env);
    if (password !== undefined) return { sasl: saslOptions('scram-sha-512', principal, password), ssl: ssl ?? localTls(brokers, env), source: 'local' };
  }
  return { ssl, source: 'none' };
}

/** The directory of a local broker's credentials, if `brokers` is one local broker (127.0.0.1:<port>). */
export function localCredentialsDir(brokers: string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const ports = new Set(brokers.map((b) => /^127\.0\.0\.1:(\d+)$/.exec(b.trim())?.[1]));
  if (ports.size !== 1) return undefined;
  const [port] = [...ports];
  if (!port) return undefined;
  const root = env.KAFKA_CREDENTIALS_DIR ?? repoCredentialsRoot();
  return root ? join(root, port) : undefined;
}

function localPassword(principal: string, brokers: string[], env: NodeJS.ProcessEnv): string | undefined {
  const dir = localCredentialsDir(brokers, env);
  if (!dir || !/^[a-z][a-z0-9-]*$/.test(principal)) return undefined;
  const file = join(dir, `${principal}.password`);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** A local broker started with KAFKA_AUTH=scram-tls has its own CA; its clients trust that CA. */
function localTls(brokers: string[], env: NodeJS.ProcessEnv): ConnectionOptions | undefined {
  const dir = localCredentialsDir(brokers, env);
  const ca = dir && join(dir, 'ca.pem');
  return ca && existsSync(ca) ? { rejectUnauthorized: true, ca: readFileSync(ca, 'utf8') } : undefined;
}

/** `<repo>/.relais/kafka/credentials`, the repository being the nearest directory above with nx.json. */
function repoCredentialsRoot(): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return join(dir, '.relais', 'kafka', 'credentials');
    if (dirname(dir) === dir) return undefined;
  }
}

function mechanismOf(env: NodeJS.ProcessEnv): Mechanism {
  const mechanism = (env.KAFKA_SASL_MECHANISM ?? 'scram-sha-512').toLowerCase();
  if (!(MECHANISMS as readonly string[]).includes(mechanism)) throw new Error(`KAFKA_SASL_MECHANISM must be one of ${MECHANISMS.join(', ')} (got ${mechanism})`);
  return mechanism as Mechanism;
}

function passwordOf(env: NodeJS.ProcessEnv): string {
  if (env.KAFKA_SASL_PASSWORD_FILE) return readFileSync(env.KAFKA_SASL_PASSWORD_FILE, 'utf8').trim();
  if (env.KAFKA_SASL_PASSWORD) return env.KAFKA_SASL_PASSWORD;
  throw new Error('KAFKA_SASL_USERNAME is set without KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE');
}

function saslOptions(mechanism: Mechanism, username: string, password: string): SASLOptions {
  return { mechanism, username, password } as SASLOptions;
}

function tlsOptions(env: NodeJS.ProcessEnv): ConnectionOptions | undefined {
  const enabled = (env.KAFKA_TLS ?? 'false').toLowerCase();
  if (enabled !== 'true' && enabled !== 'false') throw new Error(`KAFKA_TLS must be true or false (got ${env.KAFKA_TLS})`);
  if (enabled === 'false') {
    if (env.KAFKA_TLS_CA_FILE || env.KAFKA_TLS_CERT_FILE || env.KAFKA_TLS_KEY_FILE) throw new Error('KAFKA_TLS_* files are set but KAFKA_TLS is not true');
    return undefined;
  }
  if (Boolean(env.KAFKA_TLS_CERT_FILE) !== Boolean(env.KAFKA_TLS_KEY_FILE)) throw new Error('KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE go together (mutual TLS)');
  const read = (file?: string) => (file ? readFileSync(file, 'utf8') : undefined);
  // rejectUnauthorized stays on: a TLS client that does not check the broker's certificate protects nothing.
  return { rejectUnauthorized: true, ca: read(env.KAFKA_TLS_CA_FILE), cert: read(env.KAFKA_TLS_CERT_FILE), key: read(env.KAFKA_TLS_KEY_FILE) };
}
