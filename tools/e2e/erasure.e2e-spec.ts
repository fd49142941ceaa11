import { execFileSync } from 'node:child_process';
import { SERVICES, uuidv7 } from '@relais/contracts';
import { createTestDatabase, deleteNamespaceTopics, dropTestDatabase, eventually, kafkaBrokers, request, testKafka, testNamespace, tokenFor } from '@relais/testing';
import { Platform } from '../lib/platform';
import { repoRoot } from '../lib/repo-root';
import { childInMopti, portsShiftedBy } from './support';

/**
 * Erasure across the services, checked where a copy would be found: after the data protection
 * officer erases a person, a pg_dump of the whole database holds neither the identification's
 * locality nor a caseworker's decline note written about them, and the case's stage note is gone.
 */
describe('erasure, end to end', () => {
  const ports = portsShiftedBy(1110); // 4111…4115
  const namespace = testNamespace();
  const LOCALITY = 'Quartier Taïkiri, derrière la mosquée';
  const DECLINE_NOTE = 'Refus: la famille de Hawa est connue de notre équipe';
  const CASE_NOTE = 'Audition de Hawa reportée';
  let databaseUrl: string;
  let platform: Platform;

  const url = (service: keyof typeof ports) => `http://127.0.0.1:${ports[service]}`;
  const officer = () => tokenFor({ sub: 'erasure-officer', roles: ['police_officer'], unitId: 'police-mopti-1', region: 'mopti', institution: 'police' });
  const coordinator = () => tokenFor({ sub: 'erasure-coordinator', roles: ['coordinator'] });

  beforeAll(async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot(), stdio: 'inherit' });
    databaseUrl = await createTestDatabase('erasure');
    platform = new Platform({
      ports,
      env: { DATABASE_URL: databaseUrl, KAFKA_BROKERS: kafkaBrokers().join(','), KAFKA_NAMESPACE: namespace, LOG_LEVEL: 'warn', DB_POOL_SIZE: '5' },
    });
    platform.startAll();
    await platform.waitUntilReady(SERVICES, 240_000);
  }, 300_000);

  afterAll(async () => {
    await platform?.stopAll();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
    await deleteNamespaceTopics(testKafka(), namespace);
  });

  const dump = () => execFileSync('pg_dump', ['--data-only', databaseUrl], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');

  it('leaves no locality, decline note or case note about the person in a dump of the database', async () => {
    const id = uuidv7();
    const submitted = await request(`${url('intake')}/api/v1/identifications`, {
      token: await officer(),
      body: childInMopti(id, { givenNames: 'Hawa', familyName: 'Kanté', sex: 'female', estimatedAge: 12, nationalities: ['ML'], languages: ['bm'] }, {
        place: { locality: LOCALITY, latitude: 14.4939, longitude: -4.1975 },
        indicators: ['abuseOfVulnerability'],
        needs: [{ need: 'shelter', urgent: true }],
      }),
    });
    expect(submitted.status).toBe(201);
    const { victimRef } = submitted.body as { victimRef: string };

    // Child protection of Mopti declines, with a note about the person.
    const referral = await eventually(async () => {
      const list = await request(`${url('referral')}/api/v1/victims/${victimRef}/referrals`, { token: await coordinator() });
      const found = (list.body as { id: string; need: string; version: number }[]).find((r) => r.need === 'childProtection');
      expect(found).toBeDefined();
      return found!;
    }, 60_000);
    const caseworker = await tokenFor({ sub: 'erasure-cw', roles: ['agency_caseworker'], agencyId: 'demo-cp-mopti' });
    const declined = await request(`${url('referral')}/api/v1/referrals/${referral.id}/decline`, {
      token: caseworker,
      body: { version: referral.version, reason: 'other', note: DECLINE_NOTE },
    });
    expect(declined.status).toBe(200);

    // The prosecutor records a stage with a note.
    const prosecutor = await tokenFor({ sub: 'erasure-prosecutor', roles: ['prosecutor'], jurisdiction: 'parquet-tgi-mopti' });
    const kase = await eventually(async () => {
      const cases = await request(`${url('prosecution')}/api/v1/victims/${victimRef}/cases`, { token: await coordinator() });
      expect(cases.status).toBe(200);
      expect((cases.body as unknown[]).length).toBeGreaterThan(0);
      return (cases.body as { caseId: string }[])[0];
    }, 60_000);
    const file = await request(`${url('prosecution')}/api/v1/cases/${kase.caseId}`, { token: prosecutor });
    const staged = await request(`${url('prosecution')}/api/v1/cases/${kase.caseId}/transitions`, {
      token: prosecutor,
      body: { to: 'preliminaryInvestigation', at: new Date().toISOString(), version: file.body.version, note: CASE_NOTE },
    });
    expect(staged.status).toBe(200);

    // Before: the locality and the note are in the dump, in clear (the case note is sealed, never in clear).
    const before = dump();
    expect(before).toContain(LOCALITY);
    expect(before).toContain(DECLINE_NOTE);
    expect(before).not.toContain(CASE_NOTE);

    const dpo = await tokenFor({ sub: 'erasure-dpo', roles: ['data_protection_officer'] });
    const erased = await request(`${url('intake')}/api/v1/victims/${victimRef}/personal-data`, { method: 'DELETE', token: dpo });
    expect(erased.status).toBe(200);

    // After the erasure event has reached referral and prosecution: nothing left, anywhere in the database.
    await eventually(async () => {
      const after = dump();
      expect(after).not.toContain(LOCALITY);
      expect(after).not.toContain(DECLINE_NOTE);
      expect(after).not.toContain('14.4939');
      const caseFile = await request(`${url('prosecution')}/api/v1/cases/${kase.caseId}`, { token: prosecutor });
      expect(JSON.stringify(caseFile.body)).not.toContain(CASE_NOTE);
      expect(JSON.stringify(caseFile.body)).toContain('"hasNote":false');
    }, 60_000);
  });
});
