import { Principal } from '@relais/auth';
import {
  CloudEvent, ConsentChanged, ConsentChangedV1, EventDefinition, IdentificationCorrected, IdentificationCorrectedV1,
  newVictimRef, PersonalDataErased, PersonalDataErasedV1, uuidv7, VictimIdentified, VictimIdentifiedV1,
} from '@relais/contracts';
import { eventually, publishTestEvent, request, startTestService, testKafka, tokenFor, TestService } from '@relais/testing';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { REFERRAL_SERVICE } from '../src/referral.service-definition';
import { RoutingCase } from './routing-cases';

/** The service a describe block runs against, with a Kafka client to deliver events to it; set once its first beforeAll has run. */
export interface ReferralUnderTest {
  service: TestService;
  kafka: Kafka;
  /** A route of the service's API: url('/referrals') is <service>/api/v1/referrals. */
  url(path: string): string;
}

/**
 * Starts the service for the enclosing describe as most of these tests run it, and stops it
 * after: the deadline scheduler is off, so a deadline passes only when a test makes it pass.
 */
export function referralUnderTest(): ReferralUnderTest {
  const t = { url: (path: string) => `${t.service.url}/api/v1${path}` } as ReferralUnderTest;
  beforeAll(async () => {
    t.service = await startTestService(REFERRAL_SERVICE, { env: { DEADLINE_SCHEDULER_ENABLED: 'false' } });
    t.kafka = testKafka();
  });
  afterAll(() => t.service?.close());
  return t;
}

export const coordinator = (): Promise<string> => tokenFor({ sub: 'coordinator-1', roles: ['coordinator'] });
export const caseworker = (agencyId: string, sub = `caseworker@${agencyId}`): Promise<string> =>
  tokenFor({ sub, roles: ['agency_caseworker'], agencyId });
export const agencyAdmin = (agencyId: string): Promise<string> => tokenFor({ sub: `admin@${agencyId}`, roles: ['agency_admin'], agencyId });
export const token = (principal: Principal): Promise<string> => tokenFor(principal);

export function identification(
  person: RoutingCase['person'],
  needs: VictimIdentifiedV1['needs'],
  overrides: Partial<VictimIdentifiedV1> = {},
): VictimIdentifiedV1 {
  return {
    identificationId: uuidv7(),
    victimRef: newVictimRef(),
    identifiedAt: new Date().toISOString(),
    region: person.region,
    institution: 'police',
    unitId: 'unit-test',
    sex: person.sex,
    ageGroup: person.ageGroup,
    isMinor: person.isMinor,
    nationalities: ['ML'],
    ...(person.languages ? { languages: person.languages } : {}),
    forms: ['ForcedLabour'],
    methodsOfControl: [],
    needs,
    consent: { referral: needs.some((n) => n.referralConsented), dataSharing: false, givenBy: person.isMinor ? 'guardian' : 'victim' },
    assessment: 'PossibleVictimOfTrafficking',
    suspectsCount: 1,
    ...overrides,
  };
}

export function correction(of: VictimIdentifiedV1, overrides: Partial<IdentificationCorrectedV1> = {}): IdentificationCorrectedV1 {
  return {
    identificationId: of.identificationId,
    victimRef: of.victimRef,
    correctedAt: new Date().toISOString(),
    changedFields: ['needs'],
    region: of.region,
    forms: of.forms,
    methodsOfControl: of.methodsOfControl,
    needs: of.needs,
    assessment: of.assessment,
    ...overrides,
  };
}

export function consentChange(of: VictimIdentifiedV1, consent: Partial<ConsentChangedV1['consent']>, changedAt = new Date()): ConsentChangedV1 {
  return {
    identificationId: of.identificationId,
    victimRef: of.victimRef,
    changedAt: changedAt.toISOString(),
    consent: { referral: true, dataSharing: false, givenBy: 'victim', withdrawn: false, ...consent },
  };
}

export function erasure(of: VictimIdentifiedV1): PersonalDataErasedV1 {
  return { victimRef: of.victimRef, identificationIds: [of.identificationId], erasedAt: new Date().toISOString() };
}

export { ConsentChanged, IdentificationCorrected, PersonalDataErased, VictimIdentified };

/** Publishes an event as intake's relay would and waits until this service has handled it (its inbox row committed). */
export async function deliver<T extends object>(
  service: TestService,
  kafka: Kafka,
  definition: EventDefinition<T>,
  data: T,
  options: { id?: string } = {},
): Promise<CloudEvent<T>> {
  const event = await publishTestEvent(kafka, service.namespace, definition, data, options);
  await handled(service, event.id);
  return event;
}

export async function handled(service: TestService, eventId: string): Promise<void> {
  const db = service.app.get(DataSource);
  await eventually(async () => {
    const rows: unknown[] = await db.query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId]);
    expect(rows).toHaveLength(1);
  }, 60_000);
}

export interface ReferralRow {
  id: string;
  agency_id: string;
  need: string;
  status: string;
  version: number;
  due_by: Date | null;
  rerouted_from: string | null;
  outcome: string | null;
  rules_version: number;
}

export async function referralsOf(service: TestService, identificationId: string): Promise<ReferralRow[]> {
  return service.app.get(DataSource).query(`SELECT * FROM referrals WHERE identification_id = $1 ORDER BY created_at, id`, [identificationId]);
}

export async function escalationsOf(service: TestService, identificationId: string): Promise<{ id: string; cause: string; need: string; referral_id: string | null; rerouted_to: string | null }[]> {
  return service.app.get(DataSource).query(`SELECT * FROM escalations WHERE identification_id = $1 ORDER BY escalated_at, id`, [identificationId]);
}

/** Sets an agency's free beds or active flag through the API, as the coordinator would. */
export async function patchAgency(service: TestService, id: string, patch: Record<string, unknown>): Promise<void> {
  const auth = await coordinator();
  const current = await request(`${service.url}/api/v1/agencies/${id}`, { token: auth });
  expect(current.status).toBe(200);
  const { available, ...rest } = patch;
  const body: Record<string, unknown> = { ...rest, version: current.body.version };
  if (available !== undefined) body.capacity = { beds: current.body.capacity.beds, available };
  const res = await request(`${service.url}/api/v1/agencies/${id}`, { method: 'PATCH', token: auth, body });
  expect(res.status).toBe(200);
}
