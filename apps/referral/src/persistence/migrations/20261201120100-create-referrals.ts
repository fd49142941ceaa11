import { MigrationInterface, QueryRunner } from 'typeorm';

/** What this service knows of identifications, the referrals made for them, and escalations to the coordinator. */
export class CreateReferrals1796126460000 implements MigrationInterface {
  name = 'CreateReferrals1796126460000';

  async up(q: QueryRunner): Promise<void> {
    // Coarse attributes only (brief §6): no name, no birth date, nothing that identifies the person.
    await q.query(`
      CREATE TABLE identifications (
        identification_id uuid        PRIMARY KEY,
        victim_ref        text        NOT NULL,
        identified_at     timestamptz,
        sex               text,
        age_group         text,
        is_minor          boolean,
        languages         text[]      NOT NULL DEFAULT '{}',
        region            text,
        needs             jsonb,
        facts_at          timestamptz,
        consent           jsonb,
        consent_at        timestamptz,
        erased_at         timestamptz,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX identifications_victim_ref_idx ON identifications (victim_ref)`);
    await q.query(`
      CREATE TABLE referrals (
        id                uuid        PRIMARY KEY,
        reference         text        NOT NULL UNIQUE,
        victim_ref        text        NOT NULL,
        identification_id uuid        NOT NULL REFERENCES identifications,
        agency_id         text        NOT NULL REFERENCES agencies,
        agency_type       text        NOT NULL,
        need              text        NOT NULL,
        urgent            boolean     NOT NULL,
        region            text        NOT NULL,
        is_minor          boolean     NOT NULL,
        age_group         text        NOT NULL,
        sex               text        NOT NULL,
        status            text        NOT NULL CHECK (status IN ('pending', 'acknowledged', 'accepted', 'declined', 'escalated', 'closed')),
        version           int         NOT NULL CHECK (version > 0),
        due_by            timestamptz,
        rules_version     int         NOT NULL REFERENCES routing_rules,
        rerouted_from     uuid        REFERENCES referrals,
        created_at        timestamptz NOT NULL,
        updated_at        timestamptz NOT NULL,
        acknowledged_at   timestamptz,
        accepted_at       timestamptz,
        declined_at       timestamptz,
        decline_reason    text,
        decline_note      text,
        escalated_at      timestamptz,
        closed_at         timestamptz,
        outcome           text,
        close_note        text,
        bed_held          boolean     NOT NULL DEFAULT false,
        -- A redelivered or duplicated event can never send a second agency team after the same need.
        CONSTRAINT referrals_one_per_need_and_agency UNIQUE (identification_id, need, agency_id),
        CONSTRAINT referrals_deadline_while_waiting CHECK ((due_by IS NOT NULL) = (status IN ('pending', 'acknowledged')))
      )`);
    // The deadline sweep reads only rows with a running deadline, oldest first.
    await q.query(`CREATE INDEX referrals_due_by_idx ON referrals (due_by) WHERE due_by IS NOT NULL`);
    await q.query(`CREATE INDEX referrals_agency_created_idx ON referrals (agency_id, created_at DESC)`);
    await q.query(`CREATE INDEX referrals_created_idx ON referrals (created_at DESC)`);
    await q.query(`CREATE INDEX referrals_victim_ref_idx ON referrals (victim_ref)`);
    await q.query(`CREATE INDEX referrals_open_by_agency_idx ON referrals (agency_id) WHERE status IN ('pending', 'acknowledged', 'accepted')`);
    await q.query(`
      CREATE TABLE escalations (
        id                uuid        PRIMARY KEY,
        referral_id       uuid        REFERENCES referrals,
        reference         text,
        victim_ref        text        NOT NULL,
        identification_id uuid        NOT NULL REFERENCES identifications,
        agency_id         text,
        need              text        NOT NULL,
        urgent            boolean     NOT NULL,
        region            text        NOT NULL,
        cause             text        NOT NULL CHECK (cause IN ('deadlineMissed', 'noCandidate', 'declined')),
        rerouted_to       uuid        REFERENCES referrals,
        escalated_at      timestamptz NOT NULL
      )`);
    // A referral ends once: two instances sweeping the same deadline cannot both escalate it.
    await q.query(`CREATE UNIQUE INDEX escalations_once_per_referral ON escalations (referral_id) WHERE referral_id IS NOT NULL`);
    await q.query(`CREATE INDEX escalations_need_idx ON escalations (identification_id, need)`);
    await q.query(`CREATE INDEX escalations_at_idx ON escalations (escalated_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE escalations');
    await q.query('DROP TABLE referrals');
    await q.query('DROP TABLE identifications');
  }
}
