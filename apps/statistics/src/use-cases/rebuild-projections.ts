import { Inject, Injectable } from '@nestjs/common';
import { findEventDefinition, uuidv7 } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { ensureTopics, KAFKA, KafkaNames, MESSAGING_OPTIONS, MessagingOptions } from '@relais/messaging';
import { createServiceDataSource, pgErrorCode, PgErrorCode } from '@relais/persistence';
import { ROOT_LOGGER, SERVICE_CONFIG } from '@relais/platform';
import { Kafka } from 'kafkajs';
import { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { CubeStore } from '../persistence/cube-store';
import { inSchema, LIVE_SCHEMA, PROJECTION_TABLES, REBUILD_SCHEMA } from '../persistence/read-model';
import { StatisticsConfig } from '../statistics.config';
import { ApplyEvent, PROJECTED_EVENT_TYPES } from './apply-event';
import { Ends, FeedCounts, ShadowFeeder } from './shadow-feeder';

export interface RebuildOptions {
  /** How long the first pass over the topics may take before the rebuild gives up. */
  catchUpTimeoutMs?: number;
  /** How long the switch-over may wait for the live tables' locks, per attempt. */
  lockTimeoutMs?: number;
  attempts?: number;
  /** Test seam: runs once the live tables are locked, before the last catch-up (to publish events then). */
  whileLocked?: () => Promise<void>;
}

export interface RebuildReport extends FeedCounts {
  group: string;
  topics: string[];
  rows: Record<string, number>;
  tookMs: number;
}

const LOCK_NOT_AVAILABLE = '55P03';

function topicOf(type: string): string {
  const definition = findEventDefinition(type);
  if (!definition) throw new Error(`${type} is not in the event catalogue`);
  return definition.topic;
}

/**
 * Rebuilds the read model from the event stream (brief §5, "Replay"). A consumer group of its own
 * reads every topic statistics projects from the beginning into a shadow schema, with the same
 * projections as the live handlers; the monthly totals are then computed in bulk. To switch over
 * it locks the live tables, applies whatever reached the topics meanwhile (everything the live
 * consumer can have applied is below the end offsets read under the lock), and replaces the
 * live tables by the shadow ones in the same transaction. Live handlers wait on the lock and then
 * write to the new tables; as projections are idempotent, events both applied twice converge.
 */
@Injectable()
export class RebuildProjections {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: StatisticsConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly names: KafkaNames,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingOptions,
    private readonly apply: ApplyEvent,
    private readonly cubes: CubeStore,
    private readonly audit: AuditTrail,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Runs on a connection pool of its own: live handlers blocked on the switch-over's locks hold
   * connections of the service's pool, and the replay must still be able to write meanwhile.
   */
  async execute(actor: string, options: RebuildOptions = {}): Promise<RebuildReport> {
    const dataSource = createServiceDataSource({ url: this.config.serviceDatabaseUrl('statistics'), schema: LIVE_SCHEMA, entities: [], migrations: [], poolSize: 3, applicationName: 'relais-statistics-rebuild' });
    await dataSource.initialize();
    try {
      return await this.rebuild(dataSource, actor, options);
    } finally {
      await dataSource.destroy();
    }
  }

  private async rebuild(dataSource: DataSource, actor: string, options: RebuildOptions): Promise<RebuildReport> {
    const started = Date.now();
    const topics = [...new Set(PROJECTED_EVENT_TYPES.map((type) => this.names.topic(topicOf(type))))].sort();
    await ensureTopics(this.kafka, topics.map((topic) => ({ topic, numPartitions: this.messaging.topicPartitions, replicationFactor: this.messaging.replicationFactor })));
    await this.prepareShadow(dataSource);
    const feeder = new ShadowFeeder(this.kafka, `${this.names.group}.rebuild.${uuidv7()}`, topics, dataSource, this.apply, this.logger);
    try {
      await feeder.start();
      await feeder.reach(await this.endOffsets(topics), options.catchUpTimeoutMs ?? 30 * 60_000);
      await dataSource.transaction((m) => this.cubes.rebuildAll(m, REBUILD_SCHEMA));
      this.logger.info({ group: feeder.group, ...feeder.counts }, 'rebuild: shadow read model caught up, switching over');
      const rows = await this.switchOver(dataSource, feeder, topics, actor, options);
      return { group: feeder.group, topics, ...feeder.counts, rows, tookMs: Date.now() - started };
    } finally {
      await feeder.stop().catch(() => undefined);
      await this.deleteGroup(feeder.group);
      await dataSource.query(`DROP SCHEMA IF EXISTS "${REBUILD_SCHEMA}" CASCADE`);
    }
  }

  /** Empty copies of the live tables (columns, defaults, generated columns, indexes) in the shadow schema. */
  private async prepareShadow(dataSource: DataSource): Promise<void> {
    await dataSource.transaction(async (m) => {
      await m.query(`DROP SCHEMA IF EXISTS "${REBUILD_SCHEMA}" CASCADE`);
      await m.query(`CREATE SCHEMA "${REBUILD_SCHEMA}"`);
      for (const table of PROJECTION_TABLES) {
        await m.query(`CREATE TABLE ${inSchema(REBUILD_SCHEMA, table)} (LIKE ${inSchema(LIVE_SCHEMA, table)} INCLUDING ALL)`);
      }
    });
  }

  private async switchOver(dataSource: DataSource, feeder: ShadowFeeder, topics: string[], actor: string, options: RebuildOptions): Promise<Record<string, number>> {
    const attempts = options.attempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        return await dataSource.transaction(async (m) => {
          await m.query(`SET LOCAL lock_timeout = '${options.lockTimeoutMs ?? 10_000}ms'`);
          await m.query(`LOCK TABLE ${PROJECTION_TABLES.map((t) => inSchema(LIVE_SCHEMA, t)).join(', ')} IN ACCESS EXCLUSIVE MODE`);
          await options.whileLocked?.();
          await feeder.reach(await this.endOffsets(topics), options.catchUpTimeoutMs ?? 30 * 60_000);
          await feeder.pause();
          await this.cubes.refreshWith(m, REBUILD_SCHEMA);
          const rows = await this.rowCounts(m);
          for (const table of PROJECTION_TABLES) {
            await m.query(`DROP TABLE ${inSchema(LIVE_SCHEMA, table)}`);
            await m.query(`ALTER TABLE ${inSchema(REBUILD_SCHEMA, table)} SET SCHEMA "${LIVE_SCHEMA}"`);
          }
          await this.audit.append(m, {
            actor,
            action: 'read-model.rebuild',
            resourceType: 'read-model',
            resourceId: LIVE_SCHEMA,
            outcome: 'success',
            details: { group: feeder.group, ...feeder.counts, rows },
          });
          return rows;
        });
      } catch (error) {
        const code = pgErrorCode(error);
        const contention = code === PgErrorCode.DeadlockDetected || code === LOCK_NOT_AVAILABLE;
        if (!contention || attempt >= attempts) throw error;
        this.logger.warn({ attempt, code }, 'rebuild: switch-over met live traffic, trying again');
        feeder.resume();
      }
    }
  }

  private async rowCounts(m: EntityManager): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of PROJECTION_TABLES) {
      const [row] = await m.query(`SELECT count(*)::int AS n FROM ${inSchema(REBUILD_SCHEMA, table)}`);
      counts[table] = row.n;
    }
    return counts;
  }

  private async endOffsets(topics: string[]): Promise<Ends> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const ends: Ends = new Map();
      for (const topic of topics) {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          if (BigInt(p.high) > BigInt(p.low)) ends.set(`${topic}:${p.partition}`, BigInt(p.high));
        }
      }
      return ends;
    } finally {
      await admin.disconnect();
    }
  }

  /** The rebuild's group is single-use: leave no trace of it on the cluster. */
  private async deleteGroup(group: string): Promise<void> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      await admin.deleteGroups([group]);
    } catch (error) {
      this.logger.warn({ err: error, group }, 'rebuild: could not delete the consumer group');
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
