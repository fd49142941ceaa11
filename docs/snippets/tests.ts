// The guide's test tiers (docs/ENGINEERING.md). These suites are compiled, not run (no tier's
// testMatch reaches docs/): the real ones are under apps/<service>/test/.
import { AuditTrail, Principal } from '@relais/auth';
import { uuidv7 } from '@relais/contracts';
import { MediumDatabase, mediumDatabase, RecordingOutbox, request, startTestService, TestService, tokenFor } from '@relais/testing';
import { REFERRAL_MIGRATIONS } from '../../apps/referral/src/persistence/migrations';
import { ReferralRepository } from '../../apps/referral/src/persistence/referral.repository';
import { REFERRAL_SERVICE } from '../../apps/referral/src/referral.service-definition';
import { AcceptReferral } from './write';

// #region medium-test
describe('AcceptReferral on real rows (medium)', () => {
  let db: MediumDatabase<{ referrals: ReferralRepository }>;
  let outbox: RecordingOutbox;

  beforeAll(async () => {
    db = await mediumDatabase({ service: 'referral', migrations: REFERRAL_MIGRATIONS, repositories: (tx) => ({ referrals: new ReferralRepository(tx) }) });
  });
  afterAll(() => db?.close());
  beforeEach(() => {
    outbox = new RecordingOutbox(); // validates each event against its contract, as the real outbox does
  });

  it('refuses a referral the agency cannot see, and emits nothing', async () => {
    const acceptReferral = new AcceptReferral(db.tx, db.repositories.referrals, outbox.outbox, new AuditTrail());
    const caseworker: Principal = { sub: 'caseworker@elsewhere', roles: ['agency_caseworker'], agencyId: 'elsewhere' };
    await expect(acceptReferral.execute(caseworker, uuidv7(), 1)).rejects.toMatchObject({ code: 'REFERRAL_NOT_FOUND' });
    expect(outbox.events).toEqual([]);
  });
});
// #endregion

// #region integration-test
describe('accepting a referral (real Postgres and Kafka)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(REFERRAL_SERVICE, { env: { DEADLINE_SCHEDULER_ENABLED: 'false' } });
  });
  afterAll(() => service?.close());

  it('answers 404 in the common error shape, in French by default', async () => {
    const token = await tokenFor({ sub: 'caseworker@shelter', roles: ['agency_caseworker'], agencyId: 'demo-shelter-bamako-women' });
    const res = await request(`${service.url}/api/v1/referrals/${uuidv7()}/accept`, { token, body: { version: 1 } });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'REFERRAL_NOT_FOUND', message: expect.any(String), correlationId: expect.any(String) });
  });
});
// #endregion
