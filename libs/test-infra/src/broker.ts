import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = join(__dirname, '../../../deploy/kafka/kafka.sh');

/**
 * A second, private Kafka broker for tests that stop and restart the broker, so they do not pull
 * the shared one from under the tests running beside them.
 */
export class DedicatedBroker {
  private readonly stateDir = mkdtempSync(join(tmpdir(), 'relais-kafka-'));

  /** `auth` is the broker's KAFKA_AUTH; by default that of the environment, as for the shared broker. */
  constructor(
    readonly port: number,
    private readonly controllerPort = port + 1,
    private readonly auth = process.env.KAFKA_AUTH,
  ) {}

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  private env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, KAFKA_PORT: String(this.port), KAFKA_CONTROLLER_PORT: String(this.controllerPort), KAFKA_STATE_DIR: this.stateDir };
    delete env.KAFKA_BROKERS;
    if (this.auth) env.KAFKA_AUTH = this.auth;
    return env;
  }

  async start(): Promise<void> {
    await run('bash', [script, 'start'], { env: this.env(), timeout: 180_000 });
  }

  async stop(): Promise<void> {
    await run('bash', [script, 'stop'], { env: this.env(), timeout: 60_000 });
  }

  /** Stops the broker and deletes its state and its credentials (kafka.sh reset). */
  async destroy(): Promise<void> {
    await run('bash', [script, 'reset'], { env: this.env(), timeout: 60_000 }).catch(() => undefined);
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}
