import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '@relais/auth';
import { KAFKA, KafkaEventTransport } from '@relais/messaging';
import { Kafka } from 'kafkajs';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ROOT_LOGGER } from '../tokens';

const CHECK_TIMEOUT_MS = 2000;

/**
 * Liveness says the process answers; readiness says it can do its work: its database answers and
 * the Kafka cluster is reachable with its consumers in their groups. The routes are public, so a
 * failure is reported as a bare code; what the driver said (host names, users, versions) goes to
 * the log, where operators read it.
 */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Optional() private readonly transport?: KafkaEventTransport,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([async () => this.indicator.check('process').up({ uptimeSeconds: Math.round(process.uptime()) })]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database(), () => this.broker()]);
  }

  private down(session: Session, dependency: string, error: unknown) {
    this.logger.warn({ err: error, dependency }, 'readiness check failed');
    return session.down({ reason: reasonOf(error) });
  }

  private async database() {
    const session = this.indicator.check('database');
    try {
      await withTimeout(this.dataSource.query('SELECT 1'));
      return session.up();
    } catch (error) {
      return this.down(session, 'database', error);
    }
  }

  private async broker() {
    const session = this.indicator.check('kafka');
    const admin = this.kafka.admin();
    try {
      await withTimeout(admin.connect().then(() => admin.describeCluster()));
      if (this.transport && !this.transport.ready) return session.down({ reason: 'consumers_not_in_groups' });
      return session.up();
    } catch (error) {
      return this.down(session, 'kafka', error);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}

type Session = ReturnType<HealthIndicatorService['check']>;

function reasonOf(error: unknown): string {
  return (error as Error).message?.startsWith('no answer within') ? 'timeout' : 'unreachable';
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
  ]);
}
