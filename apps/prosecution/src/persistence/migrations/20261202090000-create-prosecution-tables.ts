import { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = `'reportReceived','preliminaryInvestigation','judicialInvestigation','committedForTrial','trial','judgment','appeal','final','dismissed','noCase'`;

/**
 * Cases and everything in them. Nothing here names a victim: they are `victim_ref`s. Defendants'
 * identities and free-text notes are vault ciphertext (`*_sealed`), readable only with the data
 * key of their subject in `data_keys`.
 */
export class CreateProsecutionTables1796202000000 implements MigrationInterface {
  name = 'CreateProsecutionTables1796202000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reference_data (
        name       text PRIMARY KEY,
        version    text NOT NULL,
        source     text NOT NULL,
        loaded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    // Kept, never deleted, when the file drops an office: cases still point at it.
    await q.query(`
      CREATE TABLE offices (
        id            text PRIMARY KEY,
        kind          text NOT NULL,
        seat          text NOT NULL,
        name_fr       text NOT NULL,
        name_en       text NOT NULL,
        court_fr      text NOT NULL,
        court_en      text NOT NULL,
        confirmed     boolean NOT NULL,
        active        boolean NOT NULL,
        data_version  text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE office_routes (
        region     text NOT NULL,
        cercle     text NOT NULL DEFAULT '',
        office_id  text NOT NULL REFERENCES offices (id),
        basis      text NOT NULL,
        PRIMARY KEY (region, cercle)
      )`);
    await q.query(`
      CREATE TABLE cases (
        id                uuid PRIMARY KEY,
        reference         text NOT NULL UNIQUE,
        office_id         text NOT NULL REFERENCES offices (id),
        region            text NOT NULL,
        cercle            text,
        stage             text NOT NULL CHECK (stage IN (${STAGES})),
        stage_changed_at  timestamptz NOT NULL,
        opened_at         timestamptz NOT NULL,
        opened_from       text NOT NULL CHECK (opened_from IN ('identification', 'prosecutor')),
        merged_into       uuid REFERENCES cases (id),
        merged_at         timestamptz,
        version           integer NOT NULL CHECK (version > 0),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CHECK ((merged_into IS NULL) = (merged_at IS NULL)),
        CHECK (merged_into IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX cases_office_opened_idx ON cases (office_id, opened_at DESC, id DESC)`);
    await q.query(`CREATE INDEX cases_opened_idx ON cases (opened_at DESC, id DESC)`);
    // One row per identification received: the primary key is what makes a redelivered
    // identification open nothing new. The case row is written after it in the same transaction.
    await q.query(`
      CREATE TABLE identifications (
        identification_id  uuid PRIMARY KEY,
        case_id            uuid NOT NULL REFERENCES cases (id) DEFERRABLE INITIALLY DEFERRED,
        victim_ref         text NOT NULL,
        region             text NOT NULL,
        cercle             text,
        identified_at      timestamptz NOT NULL,
        received_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
        linked_at          timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX identifications_case_idx ON identifications (case_id)`);
    await q.query(`CREATE INDEX identifications_victim_idx ON identifications (victim_ref)`);
    await q.query(`
      CREATE TABLE stage_changes (
        id            bigserial PRIMARY KEY,
        case_id       uuid NOT NULL REFERENCES cases (id),
        from_stage    text CHECK (from_stage IN (${STAGES})),
        to_stage      text NOT NULL CHECK (to_stage IN (${STAGES})),
        at            timestamptz NOT NULL,
        decision_ref  text,
        note_sealed   bytea,
        recorded_by   text NOT NULL,
        recorded_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX stage_changes_case_idx ON stage_changes (case_id, id)`);
    await q.query(`
      CREATE TABLE case_transfers (
        id              bigserial PRIMARY KEY,
        case_id         uuid NOT NULL REFERENCES cases (id),
        from_office_id  text NOT NULL REFERENCES offices (id),
        to_office_id    text NOT NULL REFERENCES offices (id),
        at              timestamptz NOT NULL,
        recorded_by     text NOT NULL,
        recorded_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX case_transfers_case_idx ON case_transfers (case_id, id)`);
    await q.query(`
      CREATE TABLE defendants (
        id               uuid PRIMARY KEY,
        case_id          uuid NOT NULL REFERENCES cases (id),
        identity_sealed  bytea NOT NULL,
        sex              text NOT NULL,
        nationality      text,
        role             text,
        custody          text NOT NULL,
        added_at         timestamptz NOT NULL,
        recorded_by      text NOT NULL,
        recorded_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX defendants_case_idx ON defendants (case_id)`);
    await q.query(`
      CREATE TABLE charges (
        id                  uuid PRIMARY KEY,
        defendant_id        uuid NOT NULL REFERENCES defendants (id),
        offence             text NOT NULL,
        iccs                text NOT NULL,
        law                 text NOT NULL,
        vocabulary_version  text NOT NULL,
        charged_at          timestamptz NOT NULL,
        recorded_by         text NOT NULL,
        recorded_at         timestamptz NOT NULL DEFAULT now(),
        UNIQUE (defendant_id, offence)
      )`);
    await q.query(`
      CREATE TABLE hearings (
        id           uuid PRIMARY KEY,
        case_id      uuid NOT NULL REFERENCES cases (id),
        at           timestamptz NOT NULL,
        court        text NOT NULL,
        kind         text NOT NULL,
        recorded_by  text NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX hearings_case_idx ON hearings (case_id, at)`);
    await q.query(`
      CREATE TABLE judgments (
        id                 uuid PRIMARY KEY,
        case_id            uuid NOT NULL REFERENCES cases (id),
        instance           text NOT NULL CHECK (instance IN ('first', 'appeal')),
        rendered_at        timestamptz NOT NULL,
        court              text NOT NULL,
        decision_ref       text,
        penalties_version  text NOT NULL,
        recorded_by        text NOT NULL,
        recorded_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX judgments_case_idx ON judgments (case_id, rendered_at)`);
    await q.query(`
      CREATE TABLE verdicts (
        judgment_id        uuid NOT NULL REFERENCES judgments (id),
        defendant_id       uuid NOT NULL REFERENCES defendants (id),
        instance           text NOT NULL CHECK (instance IN ('first', 'appeal')),
        outcome            text NOT NULL CHECK (outcome IN ('convicted', 'acquitted')),
        charge_ids         uuid[] NOT NULL,
        sentence_months    integer CHECK (sentence_months >= 0),
        fine_fcfa          bigint CHECK (fine_fcfa >= 0),
        compensation_fcfa  bigint CHECK (compensation_fcfa >= 0),
        warnings           jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (judgment_id, defendant_id),
        UNIQUE (defendant_id, instance)
      )`);
    // What referral tells us: which agencies hold an accepted, still open referral for a person.
    await q.query(`
      CREATE TABLE referral_access (
        referral_id  uuid PRIMARY KEY,
        victim_ref   text NOT NULL,
        agency_id    text NOT NULL,
        accepted_at  timestamptz,
        closed_at    timestamptz
      )`);
    await q.query(`CREATE INDEX referral_access_victim_idx ON referral_access (victim_ref, agency_id)`);
    // Erasure can overtake an acceptance on another topic; remembering it keeps access closed.
    await q.query(`
      CREATE TABLE erased_victims (
        victim_ref  text PRIMARY KEY,
        erased_at   timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'erased_victims', 'referral_access', 'verdicts', 'judgments', 'hearings', 'charges', 'defendants', 'case_transfers',
      'stage_changes', 'identifications', 'cases', 'office_routes', 'offices', 'reference_data',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
