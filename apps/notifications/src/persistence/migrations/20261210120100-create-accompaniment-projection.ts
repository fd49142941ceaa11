import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What this service learns from referral and case events to know which agencies accompany the
 * victims of a case: accepted and closed referrals, the victims of each case, the hearings and
 * judgments already known, and the people whose data was erased.
 */
export class CreateAccompanimentProjection1796904060000 implements MigrationInterface {
  name = 'CreateAccompanimentProjection1796904060000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral_holdings (
        referral_id uuid        PRIMARY KEY,
        victim_ref  text        NOT NULL,
        agency_id   text        NOT NULL,
        accepted_at timestamptz,
        closed_at   timestamptz
      )`);
    await q.query('CREATE INDEX referral_holdings_victim_idx ON referral_holdings (victim_ref)');
    await q.query(`
      CREATE TABLE case_victims (
        case_id    uuid NOT NULL,
        victim_ref text NOT NULL,
        PRIMARY KEY (case_id, victim_ref)
      )`);
    await q.query('CREATE INDEX case_victims_victim_idx ON case_victims (victim_ref)');
    await q.query(`
      CREATE TABLE case_notices (
        event_id    uuid        PRIMARY KEY REFERENCES notified_events (event_id),
        case_id     uuid        NOT NULL,
        kind        text        NOT NULL CHECK (kind IN ('hearing', 'judgment')),
        occurred_at timestamptz NOT NULL,
        hearing_at  timestamptz,
        CHECK (kind <> 'hearing' OR hearing_at IS NOT NULL)
      )`);
    await q.query('CREATE INDEX case_notices_case_idx ON case_notices (case_id)');
    await q.query(`
      CREATE TABLE erased_victims (
        victim_ref text        PRIMARY KEY,
        erased_at  timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['erased_victims', 'case_notices', 'case_victims', 'referral_holdings']) await q.query(`DROP TABLE ${table}`);
  }
}
