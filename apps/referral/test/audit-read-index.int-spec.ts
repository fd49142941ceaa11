import { personAuditSql } from '@relais/platform';
import { startTestService, TestService } from '@relais/testing';
import { DataSource } from 'typeorm';
import { REFERRAL_PERSON_AUDIT } from '../src/persistence/person-audit-resources';
import { REFERRAL_SERVICE } from '../src/referral.service-definition';

jest.setTimeout(180_000);

/**
 * The data protection officer's read must not scan the whole audit trail: with a trail of some
 * size, the planner answers the read's own query (the same SQL text) from the resource indexes.
 */
describe('audit read, planned on the audit_log indexes (real Postgres)', () => {
  let service: TestService;
  let db: DataSource;

  beforeAll(async () => {
    service = await startTestService(REFERRAL_SERVICE, { env: { DEADLINE_SCHEDULER_ENABLED: 'false' } });
    db = service.app.get(DataSource);
    // A trail of 20 000 reads of 4 000 people's referrals, as months of use would leave.
    await db.query(
      `INSERT INTO audit_log (actor, action, resource_type, resource_id, outcome, details)
       SELECT 'caseworker-' || (g % 50), 'referral.read', 'referral', gen_random_uuid()::text, 'success',
              jsonb_build_object('victimRef', 'V-' || lpad((g % 4000)::text, 10, '0'), 'agencyId', 'shelter-bamako')
         FROM generate_series(1, 20000) g`,
    );
    await db.query('ANALYZE audit_log');
  });
  afterAll(() => service?.close());

  it('uses audit_log_resource_id_idx and never scans audit_log sequentially', async () => {
    const sql = personAuditSql(REFERRAL_PERSON_AUDIT.useValue.idsSql).replaceAll('$1', `'V-0000000042'`);
    const plan = ((await db.query(`EXPLAIN ${sql}`)) as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toContain('audit_log_resource_id_idx');
    expect(plan).toContain('audit_log_victim_ref_idx');
    expect(plan).not.toMatch(/Seq Scan on audit_log/);
  });

  it('still finds the person’s rows through the indexes', async () => {
    const sql = personAuditSql(REFERRAL_PERSON_AUDIT.useValue.idsSql);
    const rows = (await db.query(sql, ['V-0000000042'])) as { details: { victimRef: string } }[];
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.details.victimRef === 'V-0000000042')).toBe(true);
  });
});
