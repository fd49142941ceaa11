import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mali keeps UTC all year: the calendar month of an instant, as year * 12 + month - 1. */
const monthOf = (column: string) =>
  `(EXTRACT(YEAR FROM (${column} AT TIME ZONE 'UTC')) * 12 + EXTRACT(MONTH FROM (${column} AT TIME ZONE 'UTC')) - 1)::int`;

/**
 * The projections: one row per aggregate (identification, referral, escalation, case, defendant,
 * verdict, hearing), coarse attributes only, each fact with its own timestamp so that events
 * converge whatever their order. The *_cube tables are monthly totals derived from the facts;
 * cube_dirty lists the months whose totals must be recomputed. Index names follow Postgres' own
 * naming so that a rebuild (CREATE TABLE ... LIKE ... INCLUDING ALL) recreates them identically.
 */
export class CreateReadModel1796130000000 implements MigrationInterface {
  name = 'CreateReadModel1796130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE identification_facts (
        identification_id uuid PRIMARY KEY,
        identified_at timestamptz,
        month int GENERATED ALWAYS AS (${monthOf('identified_at')}) STORED,
        identified_event uuid,
        institution text,
        sex text,
        age_group text,
        minor boolean,
        nationalities text[],
        region text,
        forms text[],
        needs text[],
        assessment text,
        trafficking boolean,
        glotip_forms text[],
        attrs_as_of timestamptz,
        attrs_event uuid,
        consent_withdrawn boolean,
        consent_as_of timestamptz,
        consent_event uuid,
        erased_at timestamptz
      )`);
    await q.query('CREATE INDEX identification_facts_identified_at_idx ON identification_facts (identified_at)');
    await q.query('CREATE INDEX identification_facts_month_idx ON identification_facts (month)');

    await q.query(`
      CREATE TABLE referral_facts (
        referral_id uuid PRIMARY KEY,
        identification_id uuid NOT NULL,
        need text NOT NULL,
        created_event uuid,
        created_at timestamptz,
        month int GENERATED ALWAYS AS (${monthOf('created_at')}) STORED,
        agency_type text,
        region text,
        sex text,
        age_group text,
        minor boolean,
        urgent boolean,
        ack_due_by timestamptz,
        rerouted boolean,
        acknowledged_at timestamptz,
        accept_due_by timestamptz,
        ack_event uuid,
        accepted_at timestamptz,
        declined_at timestamptz,
        decline_reason text,
        decline_event uuid,
        escalated_at timestamptz,
        overdue_at timestamptz,
        closed_at timestamptz,
        outcome text,
        closed_event uuid,
        identified_at timestamptz
      )`);
    await q.query('CREATE INDEX referral_facts_created_at_idx ON referral_facts (created_at)');
    await q.query('CREATE INDEX referral_facts_month_idx ON referral_facts (month)');
    await q.query('CREATE INDEX referral_facts_identification_id_idx ON referral_facts (identification_id) WHERE identified_at IS NULL');

    await q.query(`
      CREATE TABLE escalation_facts (
        escalation_id uuid PRIMARY KEY,
        referral_id uuid,
        identification_id uuid NOT NULL,
        need text NOT NULL,
        region text NOT NULL,
        urgent boolean NOT NULL,
        cause text NOT NULL,
        escalated_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX escalation_facts_escalated_at_idx ON escalation_facts (escalated_at)');

    await q.query(`
      CREATE TABLE case_facts (
        case_id uuid PRIMARY KEY,
        opened_event uuid,
        opened_at timestamptz,
        region text,
        opened_from text,
        office_id text,
        office_as_of timestamptz,
        office_event uuid,
        stage text,
        stage_as_of timestamptz,
        stage_event uuid,
        merged_into uuid,
        merged_at timestamptz,
        first_judgment_at timestamptz
      )`);
    await q.query('CREATE INDEX case_facts_opened_at_idx ON case_facts (opened_at)');
    await q.query('CREATE INDEX case_facts_first_judgment_at_idx ON case_facts (first_judgment_at)');
    await q.query('CREATE INDEX case_facts_merged_into_idx ON case_facts (merged_into) WHERE merged_into IS NOT NULL');
    await q.query('CREATE TABLE case_stage_facts (case_id uuid, stage text, reached_at timestamptz NOT NULL, PRIMARY KEY (case_id, stage))');
    await q.query('CREATE TABLE case_victims (case_id uuid, identification_id uuid, linked_at timestamptz NOT NULL, PRIMARY KEY (case_id, identification_id))');
    await q.query('CREATE INDEX case_victims_identification_id_idx ON case_victims (identification_id)');

    await q.query(`
      CREATE TABLE defendant_facts (
        defendant_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        added_event uuid,
        added_at timestamptz,
        sex text,
        nationality text,
        role text,
        in_custody boolean,
        charged_at timestamptz,
        charged_iccs text[]
      )`);
    await q.query('CREATE INDEX defendant_facts_added_at_idx ON defendant_facts (added_at)');
    await q.query('CREATE INDEX defendant_facts_charged_at_idx ON defendant_facts (charged_at)');
    await q.query(`
      CREATE TABLE defendant_charges (
        defendant_id uuid,
        charge_id uuid,
        case_id uuid NOT NULL,
        offence text NOT NULL,
        iccs text NOT NULL,
        charged_at timestamptz NOT NULL,
        PRIMARY KEY (defendant_id, charge_id)
      )`);
    await q.query(`
      CREATE TABLE verdict_facts (
        defendant_id uuid,
        instance text,
        judgment_id uuid NOT NULL,
        case_id uuid NOT NULL,
        rendered_at timestamptz NOT NULL,
        event_id uuid NOT NULL,
        sex text NOT NULL,
        nationality text,
        outcome text NOT NULL,
        sentence_months int,
        fine_fcfa bigint,
        compensation_fcfa bigint,
        iccs text[] NOT NULL,
        PRIMARY KEY (defendant_id, instance)
      )`);
    await q.query('CREATE INDEX verdict_facts_rendered_at_idx ON verdict_facts (rendered_at)');
    await q.query('CREATE INDEX verdict_facts_case_id_idx ON verdict_facts (case_id)');
    await q.query('CREATE TABLE hearing_facts (hearing_id uuid PRIMARY KEY, case_id uuid NOT NULL, kind text NOT NULL, at timestamptz NOT NULL, event_id uuid NOT NULL)');
    await q.query('CREATE INDEX hearing_facts_at_idx ON hearing_facts ("at")');

    const dims = `region text, sex text, age_group text, minor boolean`;
    await q.query(`
      CREATE TABLE victim_cube (
        cuboid smallint NOT NULL, month int NOT NULL, ${dims},
        institution text, assessment text, nationality text, form text, trafficking boolean,
        n int NOT NULL
      )`);
    await q.query('CREATE INDEX victim_cube_cuboid_month_idx ON victim_cube (cuboid, month)');
    const referralDims = `need text, agency_type text, ${dims}, urgent boolean, status text`;
    await q.query(`
      CREATE TABLE referral_cube (
        cuboid smallint NOT NULL, month int NOT NULL, ${referralDims},
        n int NOT NULL, accepted int NOT NULL, declined int NOT NULL, escalated int NOT NULL, overdue int NOT NULL,
        closed int NOT NULL, accepted_in_time int NOT NULL
      )`);
    await q.query('CREATE INDEX referral_cube_cuboid_month_idx ON referral_cube (cuboid, month)');
    await q.query(`CREATE TABLE acceptance_cube (cuboid smallint NOT NULL, month int NOT NULL, ${referralDims}, hours int NOT NULL, n int NOT NULL)`);
    await q.query('CREATE INDEX acceptance_cube_cuboid_month_idx ON acceptance_cube (cuboid, month)');
    // Plain appends, no key: handlers in concurrent transactions never wait on one another here.
    await q.query('CREATE TABLE cube_dirty (cube text NOT NULL, month int NOT NULL)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'cube_dirty', 'acceptance_cube', 'referral_cube', 'victim_cube', 'hearing_facts', 'verdict_facts', 'defendant_charges',
      'defendant_facts', 'case_victims', 'case_stage_facts', 'case_facts', 'escalation_facts', 'referral_facts', 'identification_facts',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
