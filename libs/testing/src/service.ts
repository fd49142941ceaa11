import { INestApplication } from '@nestjs/common';
import { Principal, TokenIssuer } from '@relais/auth';
import { createServiceApp, ServiceDefinition } from '@relais/platform';
import { createTestDatabase, deleteNamespaceTopics, dropTestDatabase, kafkaBrokers, testKafka, testNamespace } from '@relais/test-infra';

export interface TestService {
  app: INestApplication;
  /** `http://127.0.0.1:<port>` */
  url: string;
  databaseUrl: string;
  namespace: string;
  close(): Promise<void>;
}

export interface TestServiceOptions {
  /** Share a database or namespace between several services of one test (default: fresh ones). */
  databaseUrl?: string;
  namespace?: string;
  env?: Record<string, string>;
}

/**
 * Starts a service exactly as main.ts does (same module, HTTP conventions and Kafka transport) on a
 * random port, against the real database and broker, in its own database and topic namespace.
 */
export async function startTestService(definition: ServiceDefinition, options: TestServiceOptions = {}): Promise<TestService> {
  const ownDatabase = !options.databaseUrl;
  const ownNamespace = !options.namespace;
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase(definition.service));
  const namespace = options.namespace ?? testNamespace();
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: kafkaBrokers().join(','),
    KAFKA_NAMESPACE: namespace,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    MESSAGING_RETRY_BASE_MS: '100',
    DB_POOL_SIZE: '5',
    ...options.env,
  };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  let app: INestApplication;
  try {
    app = await createServiceApp(definition);
    await app.listen(0, '127.0.0.1');
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    databaseUrl,
    namespace,
    close: async () => {
      await app.close();
      if (ownDatabase) await dropTestDatabase(databaseUrl);
      if (ownNamespace) await deleteNamespaceTopics(testKafka(), namespace);
    },
  };
}

let issuer: TokenIssuer | undefined;

/** A real RS256 token from the local development key, as `npm run token` would print. */
export async function tokenFor(principal: Principal): Promise<string> {
  issuer ??= new TokenIssuer();
  return issuer.issueToken(principal);
}

/** fetch with a bearer token and JSON body; returns status, headers and parsed JSON. */
export async function request(
  url: string,
  options: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(url, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}
