import { Principal } from '@relais/auth';
import {
  CloudEvent, EventDefinition, newVictimRef, Region, Topics, uuidv7, VictimIdentified, VictimIdentifiedV1,
} from '@relais/contracts';
import { publishTestEvent, readEvents, startTestService, testKafka, TestService, tokenFor } from '@relais/testing';
import { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { PROSECUTION_SERVICE } from '../src/prosecution.service-definition';

export const DAY_MS = 24 * 3600_000;

/** The prosecution service on the real database and broker, with what its tests keep reaching for. */
export interface Harness {
  service: TestService;
  kafka: Kafka;
  db: Client;
  url: (path: string) => string;
  /** Rows of the service's own schema, read as an operator would (raw SQL, no application code). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  publish<T extends object>(definition: EventDefinition<T>, data: T, options?: { id?: string }): Promise<CloudEvent<T>>;
  events<T extends object>(type: string): Promise<CloudEvent<T>[]>;
  close(): Promise<void>;
}

export async function startProsecution(): Promise<Harness> {
  const service = await startTestService(PROSECUTION_SERVICE);
  const kafka = testKafka();
  const db = new Client({ connectionString: service.databaseUrl, options: '-c search_path=prosecution' });
  await db.connect();
  return {
    service,
    kafka,
    db,
    url: (path) => `${service.url}${path}`,
    sql: async <T>(query: string, params: unknown[] = []) => (await db.query(query, params)).rows as T[],
    publish: (definition, data, options) => publishTestEvent(kafka, service.namespace, definition, data, options),
    events: <T extends object>(type: string) => readEvents<T>(kafka, service.namespace, Topics.ProsecutionCases, type),
    close: async () => {
      await db.end();
      await service.close();
    },
  };
}

export function prosecutor(officeId: string, sub = `prosecutor-${officeId}`): Promise<string> {
  return tokenFor({ sub, roles: ['prosecutor'], jurisdiction: officeId });
}

export function coordinator(): Promise<string> {
  return tokenFor({ sub: 'coordinator-1', roles: ['coordinator'] });
}

export function userToken(principal: Principal): Promise<string> {
  return tokenFor(principal);
}

export function identification(region: Region, overrides: Partial<VictimIdentifiedV1> = {}): VictimIdentifiedV1 {
  return {
    identificationId: uuidv7(),
    victimRef: newVictimRef(),
    identifiedAt: new Date(Date.now() - 10 * DAY_MS).toISOString(),
    region,
    institution: 'police',
    unitId: 'unit-1',
    sex: 'female',
    ageGroup: '9-17',
    isMinor: true,
    nationalities: ['ML'],
    forms: ['ForcedBegging'],
    methodsOfControl: [],
    needs: [{ need: 'childProtection', urgent: true, referralConsented: true }],
    consent: { referral: true, dataSharing: true, givenBy: 'guardian' },
    assessment: 'PossibleVictimOfTrafficking',
    suspectsCount: 1,
    ...overrides,
  };
}

/** Publishes an identification and waits for the case it opens; returns the case id. */
export async function caseFor(h: Harness, data: VictimIdentifiedV1): Promise<string> {
  await h.publish(VictimIdentified, data);
  return waitForCaseOf(h, data.identificationId);
}

export async function waitForCaseOf(h: Harness, identificationId: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await h.sql<{ case_id: string }>('SELECT case_id FROM identifications WHERE identification_id = $1', [identificationId]);
    if (row) return row.case_id;
    if (Date.now() > deadline) throw new Error(`no case opened for identification ${identificationId}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** True once the service's consumer group has committed up to the end of every partition of the topic. */
export async function consumerCaughtUp(h: Harness, topic: string): Promise<boolean> {
  const admin = h.kafka.admin();
  await admin.connect();
  try {
    const physical = `${h.service.namespace}${topic}`;
    const ends = await admin.fetchTopicOffsets(physical);
    const [committed] = await admin.fetchOffsets({ groupId: `${h.service.namespace}relais.prosecution`, topics: [physical] });
    return ends.every((end) => {
      const partition = committed.partitions.find((p) => p.partition === end.partition);
      return BigInt(end.offset) === 0n || (partition !== undefined && BigInt(partition.offset) >= BigInt(end.offset));
    });
  } finally {
    await admin.disconnect();
  }
}

/** Every string in an event or body, to look for a name that must not be there. */
export function serialised(value: unknown): string {
  return JSON.stringify(value);
}
