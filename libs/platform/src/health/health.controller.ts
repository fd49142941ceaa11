import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '@relais/auth';
import { KAFKA, KafkaEventTransport } from '@relais/messaging';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';

const CHECK_TIMEOUT_MS = 2000;

/**
 * Liveness says the process answers; readiness says it can do its work: its database answers and
 * the Kafka cluster is reachable with its consumers in their groups.
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

  private async database() {
    const session = this.indicator.check('database');
    try {
      await withTimeout(this.dataSource.query('SELECT 1'));
      return session.up();
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }

  private async broker() {
    const session = this.indicator.check('kafka');
    const admin = this.kafka.admin();
    try {
      await withTimeout(admin.connect().then(() => admin.describeCluster()));
      if (this.transport && !this.transport.ready) return session.down({ message: 'consumers have not joined their groups yet' });
      return session.up();
    } catch (error) {
      return session.down({ message: (error as Error).message });
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
  ]);
}
