import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICES, uuidv7 } from '@relais/contracts';
import { createTestDatabase, deleteNamespaceTopics, dropTestDatabase, eventually, kafkaBrokers, request, testKafka, testNamespace, tokenFor } from '@relais/testing';
import { Platform } from '../lib/platform';
import { repoRoot } from '../lib/repo-root';
import { childInMopti, portsShiftedBy, startWebhookReceiver } from './support';

/**
 * The headline flow over HTTP only, against the five services running as separate processes
 * from the built code, exactly as `npm start` runs them: identification → referrals at the
 * expected agencies → acceptance → the accepting agency reads the person's details while another
 * gets 404 → a case at the competent office → a signed webhook at the agency's own system →
 * statistics updated — and one trace across all of it.
 */
describe('headline flow, end to end', () => {
  const ports = portsShiftedBy(1100); // 4101…4105
  const spanFile = join(tmpdir(), `relais-e2e-${randomBytes(4).toString('hex')}.spans.jsonl`);
  const namespace = testNamespace();
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const webhooks: { id: string; body: { type: string; data: Record<string, unknown> } }[] = [];
  let receiver: Server;
  let databaseUrl: string;
  let platform: Platform;

  const url = (service: keyof typeof ports) => `http://127.0.0.1:${ports[service]}`;
  const officer = () => tokenFor({ sub: 'e2e-officer', roles: ['police_officer'], unitId: 'police-mopti-1', region: 'mopti', institution: 'police' });
  const coordinator = () => tokenFor({ sub: 'e2e-coordinator', roles: ['coordinator'] });
  const caseworker = (agencyId: string) => tokenFor({ sub: `e2e-${agencyId}`, roles: ['agency_caseworker'], agencyId });

  beforeAll(async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot(), stdio: 'inherit' });
    databaseUrl = await createTestDatabase('e2e');
    receiver = await startWebhookReceiver(secret, ({ id, body }) => {
      webhooks.push({ id, body });
      return 204;
    });
    platform = new Platform({
      ports,
      env: {
        DATABASE_URL: databaseUrl,
        KAFKA_BROKERS: kafkaBrokers().join(','),
        KAFKA_NAMESPACE: namespace,
        RELAIS_SPAN_FILE: spanFile,
        LOG_LEVEL: 'warn',
        DB_POOL_SIZE: '5',
      },
    });
    platform.startAll();
    await platform.waitUntilReady(SERVICES, 240_000);
  }, 300_000);

  afterAll(async () => {
    await platform?.stopAll();
    await new Promise((r) => receiver?.close(r));
    if (databaseUrl) await dropTestDatabase(databaseUrl);
    await deleteNamespaceTopics(testKafka(), namespace);
  });

  it('takes a child identified in Mopti all the way through', async () => {
    // The child-protection service of Mopti has its own case system, which receives signed webhooks.
    const channels = await request(`${url('notifications')}/api/v1/recipients/demo-cp-mopti/channels?kind=agency`, {
      method: 'PUT',
      token: await coordinator(),
      body: { webhook: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/relais`, secret }, language: 'fr' },
    });
    expect(channels.status).toBe(200);

    const id = uuidv7();
    const submitted = await request(`${url('intake')}/api/v1/identifications`, {
      token: await officer(),
      body: childInMopti(id, { givenNames: 'Moussa', familyName: 'Diarra', sex: 'male', estimatedAge: 11, nationalities: ['ML'], languages: ['bm'] }, {
        indicators: ['abuseOfVulnerability', 'physicalAndSexualViolence'],
        needs: [{ need: 'shelter', urgent: true }, { need: 'basicNeeds' }],
      }),
    });
    expect(submitted.status).toBe(201);
    const { victimRef } = submitted.body as { victimRef: string };

    // Referrals: child protection always, and the shelter of Mopti for the urgent shelter need.
    const referrals = await eventually(async () => {
      const list = await request(`${url('referral')}/api/v1/victims/${victimRef}/referrals`, { token: await coordinator() });
      expect(list.status).toBe(200);
      const byNeed = Object.fromEntries((list.body as { need: string; agencyId: string }[]).map((r) => [r.need, r.agencyId]));
      expect(byNeed).toMatchObject({ childProtection: 'demo-cp-mopti', shelter: 'demo-shelter-mopti' });
      return list.body as { id: string; need: string; agencyId: string; version: number }[];
    }, 60_000);
    const childProtection = referrals.find((r) => r.need === 'childProtection')!;

    // The child-protection caseworker acknowledges and accepts.
    const token = await caseworker('demo-cp-mopti');
    const acknowledged = await request(`${url('referral')}/api/v1/referrals/${childProtection.id}/acknowledge`, { token, body: { version: childProtection.version } });
    expect(acknowledged.status).toBe(200);
    const accepted = await request(`${url('referral')}/api/v1/referrals/${childProtection.id}/accept`, { token, body: { version: acknowledged.body.version } });
    expect(accepted.status).toBe(200);

    // Access follows the events: the accepting agency may read the child's details, the shelter may not.
    const details = await eventually(async () => {
      const read = await request(`${url('intake')}/api/v1/identifications/${id}`, { token });
      expect(read.status).toBe(200);
      return read.body as { person: { givenNames: string } };
    }, 30_000);
    expect(details.person.givenNames).toBe('Moussa');
    const shelter = await request(`${url('intake')}/api/v1/identifications/${id}`, { token: await caseworker('demo-shelter-mopti') });
    expect(shelter.status).toBe(404);

    // The case is opened at the parquet of the TGI of Mopti.
    const prosecutor = await tokenFor({ sub: 'e2e-prosecutor', roles: ['prosecutor'], jurisdiction: 'parquet-tgi-mopti' });
    await eventually(async () => {
      const cases = await request(`${url('prosecution')}/api/v1/cases`, { token: prosecutor });
      expect(cases.status).toBe(200);
      expect(JSON.stringify(cases.body)).toContain(victimRef);
    }, 30_000);

    // The agency's own system received the referral as a signed CloudEvent, without personal data.
    const created = await eventually(() => {
      const hook = webhooks.find((w) => w.body.type === 'referral.created.v1' && w.body.data.referralId === childProtection.id);
      expect(hook).toBeDefined();
      return hook!;
    }, 30_000);
    expect(JSON.stringify(created.body)).not.toMatch(/Moussa|Diarra/);

    // Statistics counted the child.
    await eventually(async () => {
      const stats = await request(`${url('statistics')}/api/v1/statistics/victims?groupBy=region,minor`, { token: await tokenFor({ sub: 'e2e-stat', roles: ['statistician'] }) });
      expect(stats.status).toBe(200);
      expect(stats.body.rows).toContainEqual(expect.objectContaining({ region: 'mopti', minor: true, count: 1 }));
    }, 30_000);

    // One trace runs from the officer's request through every service.
    await eventually(() => {
      const spans = readFileSync(spanFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { service: string; traceId: string });
      const servicesByTrace = new Map<string, Set<string>>();
      for (const s of spans) servicesByTrace.set(s.traceId, (servicesByTrace.get(s.traceId) ?? new Set()).add(s.service));
      const widest = Math.max(...[...servicesByTrace.values()].map((s) => s.size));
      expect(widest).toBe(SERVICES.length);
    }, 30_000);
  });
});
