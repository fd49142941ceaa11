import { Controller, INestApplication, Inject } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { CloudEvent, newReference, newVictimRef, ReferralAccepted, ReferralCreated, ReferralCreatedV1, uuidv7 } from '@relais/contracts';
import { AUTH_MIGRATIONS, AuditTrail } from '@relais/auth';
import { PersistenceModule } from '@relais/persistence';
import { createLogger } from '@relais/observability';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import {
  connectEventTransport, EventContext, KafkaEventTransport, MESSAGING_MIGRATIONS, MessagingHooks, MessagingModule,
  messagingOptions, MessagingOptions, Outbox, OutboxRelay,
} from '../src';

/** What the fixture handler does; tests flip it. */
export interface Behaviour {
  failAgency?: string;
  calls: number;
  /** Invocations per agency id: a rolled-back invocation counts too. */
  callsByAgency?: Record<string, number>;
  /** Also emit a referral.accepted.v1 through the outbox (before failing, when it fails). */
  emitAccepted?: boolean;
  /** Also append two audit records, `<agency>-a` then `<agency>-b` (before failing, when it fails). */
  audit?: boolean;
}

const BEHAVIOUR = Symbol('BEHAVIOUR');

class CreateEffects1796090400000 implements MigrationInterface {
  name = 'CreateEffects1796090400000';
  async up(q: QueryRunner): Promise<void> {
    // No unique constraint on purpose: a second effect must be counted, not rejected.
    await q.query(`CREATE TABLE effects (seq bigserial PRIMARY KEY, event_id uuid NOT NULL, message_key text NOT NULL, agency_id text NOT NULL,
      topic text NOT NULL, kafka_offset bigint NOT NULL, attempt int NOT NULL, handled_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      tx bigint NOT NULL DEFAULT txid_current())`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE effects');
  }
}

/**
 * What a test needs to see inside the database: each INSERT statement on audit_log (its rows and
 * its transaction), and a way to make a run's commit fail after everything in it was written (a
 * deferred trigger that refuses an effect of an agency listed in refused_commits, at COMMIT).
 */
class CreateProbes1796090460000 implements MigrationInterface {
  name = 'CreateProbes1796090460000';
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE audit_statements (seq bigserial PRIMARY KEY, tx bigint NOT NULL DEFAULT txid_current(), resource_ids text[] NOT NULL)');
    await q.query(`CREATE FUNCTION record_audit_statement() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO audit_statements (resource_ids) SELECT array_agg(resource_id ORDER BY id) FROM new_rows;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_statements AFTER INSERT ON audit_log REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION record_audit_statement()`);
    await q.query('CREATE TABLE refused_commits (agency_id text PRIMARY KEY)');
    await q.query(`CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM refused_commits WHERE agency_id = NEW.agency_id) THEN
          RAISE EXCEPTION 'commit refused for agency %', NEW.agency_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER effects_refuse_commit AFTER INSERT ON effects DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION refuse_commit()`);
  }
  async down(): Promise<void> {
    throw new Error('test probes are not reverted');
  }
}

@Controller()
class FixtureHandler {
  constructor(
    @Inject(BEHAVIOUR) private readonly behaviour: Behaviour,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  @EventPattern(ReferralCreated.type)
  async onCreated(@Payload() event: CloudEvent<ReferralCreatedV1>, @Ctx() ctx: EventContext): Promise<void> {
    this.behaviour.calls += 1;
    const byAgency = (this.behaviour.callsByAgency ??= {});
    byAgency[event.data.agencyId] = (byAgency[event.data.agencyId] ?? 0) + 1;
    const { topic, offset, attempt } = ctx.delivery;
    await ctx.manager.query(
      'INSERT INTO effects (event_id, message_key, agency_id, topic, kafka_offset, attempt) VALUES ($1, $2, $3, $4, $5, $6)',
      [event.id, event.data.referralId, event.data.agencyId, topic, offset, attempt],
    );
    if (this.behaviour.audit) {
      for (const step of ['a', 'b']) {
        const resourceId = `${event.data.agencyId}-${step}`;
        await this.audit.append(ctx.manager, { actor: 'system:referral', action: 'effect.record', resourceType: 'effect', resourceId, outcome: 'success' });
      }
    }
    if (this.behaviour.emitAccepted) {
      const { referralId, reference, victimRef, identificationId, agencyId, need } = event.data;
      await this.outbox.emit(ctx.manager, ReferralAccepted, { referralId, reference, victimRef, identificationId, agencyId, need, acceptedAt: new Date().toISOString() });
    }
    if (this.behaviour.failAgency === event.data.agencyId) throw new Error(`handler refuses agency ${event.data.agencyId}`);
  }
}

export interface FixtureOptions {
  databaseUrl: string;
  namespace: string;
  brokers: string[];
  behaviour?: Behaviour;
  hooks?: MessagingHooks;
  relay?: boolean;
  /** The relay's fallback poll; short by default, long where a test tells a wake-up from a poll. */
  relayPollMs?: number;
  consumer?: boolean;
  overrides?: Partial<MessagingOptions>;
}

export interface Fixture {
  app: INestApplication;
  dataSource: DataSource;
  outbox: Outbox;
  relay: OutboxRelay;
  transport: KafkaEventTransport;
  options: MessagingOptions;
  behaviour: Behaviour;
  close(): Promise<void>;
}

/** A small service on the real library: schema `referral`, handling its own `referral.created.v1`. */
export async function startFixture(o: FixtureOptions): Promise<Fixture> {
  const behaviour = o.behaviour ?? { calls: 0 };
  const options = messagingOptions({
    service: 'referral',
    brokers: o.brokers,
    namespace: o.namespace,
    maxAttempts: 3,
    retryBaseDelayMs: 200,
    retryMaxDelayMs: 1000,
    hooks: o.hooks,
    ...o.overrides,
    relay: { ...messagingOptions({ service: 'x', brokers: [] }).relay, enabled: o.relay ?? true, pollIntervalMs: o.relayPollMs ?? 200 },
    consumer: { ...messagingOptions({ service: 'x', brokers: [] }).consumer, enabled: o.consumer ?? true, sessionTimeoutMs: 10_000 },
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      PersistenceModule.forService({
        url: () => o.databaseUrl,
        schema: 'referral',
        entities: [],
        migrations: [...MESSAGING_MIGRATIONS, ...AUTH_MIGRATIONS, CreateEffects1796090400000, CreateProbes1796090460000],
      }),
      MessagingModule.forService({ options: () => options, logger: () => createLogger('fixture', 'error') }),
    ],
    controllers: [FixtureHandler],
    providers: [{ provide: BEHAVIOUR, useValue: behaviour }, AuditTrail],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  const transport = await connectEventTransport(app);
  await app.init();
  return {
    app,
    dataSource: app.get(DataSource),
    outbox: app.get(Outbox),
    relay: app.get(OutboxRelay),
    transport,
    options,
    behaviour,
    close: () => app.close(),
  };
}

export function referralCreated(referralId: string, agencyId = 'agency-a'): ReferralCreatedV1 {
  const now = new Date().toISOString();
  return {
    referralId,
    reference: newReference('R'),
    victimRef: newVictimRef(),
    identificationId: uuidv7(),
    agencyId,
    agencyType: 'Shelter',
    need: 'shelter',
    urgent: false,
    region: 'mopti',
    isMinor: false,
    ageGroup: '18-20',
    sex: 'female',
    createdAt: now,
    dueBy: now,
  };
}

export async function emit(fixture: Fixture, data: ReferralCreatedV1): Promise<CloudEvent<ReferralCreatedV1>> {
  return fixture.dataSource.transaction((m) => fixture.outbox.emit(m, ReferralCreated, data));
}

export interface Effect {
  seq: string;
  event_id: string;
  message_key: string;
  agency_id: string;
  topic: string;
  kafka_offset: string;
  attempt: number;
  /** The transaction that wrote it. */
  tx: string;
}

export async function effects(ds: DataSource): Promise<Effect[]> {
  return ds.query('SELECT seq, event_id, message_key, agency_id, topic, kafka_offset, attempt, tx FROM effects ORDER BY seq');
}

/** The audit records' resource ids, in the order they were inserted. */
export async function auditTrail(ds: DataSource): Promise<string[]> {
  const rows: { resource_id: string }[] = await ds.query('SELECT resource_id FROM audit_log ORDER BY id');
  return rows.map((r) => r.resource_id);
}

/** Each committed INSERT statement on audit_log: its transaction and its rows' resource ids. */
export async function auditStatements(ds: DataSource): Promise<{ tx: string; resource_ids: string[] }[]> {
  return ds.query('SELECT tx, resource_ids FROM audit_statements ORDER BY seq');
}
