import { Controller, INestApplication, Inject } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { CloudEvent, newReference, newVictimRef, ReferralAccepted, ReferralCreated, ReferralCreatedV1, uuidv7 } from '@relais/contracts';
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
}

const BEHAVIOUR = Symbol('BEHAVIOUR');

class CreateEffects1796090400000 implements MigrationInterface {
  name = 'CreateEffects1796090400000';
  async up(q: QueryRunner): Promise<void> {
    // No unique constraint on purpose: a second effect must be counted, not rejected.
    await q.query(`CREATE TABLE effects (seq bigserial PRIMARY KEY, event_id uuid NOT NULL, message_key text NOT NULL, agency_id text NOT NULL,
      topic text NOT NULL, kafka_offset bigint NOT NULL, attempt int NOT NULL, handled_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE effects');
  }
}

@Controller()
class FixtureHandler {
  constructor(
    @Inject(BEHAVIOUR) private readonly behaviour: Behaviour,
    private readonly outbox: Outbox,
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
        migrations: [...MESSAGING_MIGRATIONS, CreateEffects1796090400000],
      }),
      MessagingModule.forService({ options: () => options, logger: () => createLogger('fixture', 'error') }),
    ],
    controllers: [FixtureHandler],
    providers: [{ provide: BEHAVIOUR, useValue: behaviour }],
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
}

export async function effects(ds: DataSource): Promise<Effect[]> {
  return ds.query('SELECT seq, event_id, message_key, agency_id, topic, kafka_offset, attempt FROM effects ORDER BY seq');
}
