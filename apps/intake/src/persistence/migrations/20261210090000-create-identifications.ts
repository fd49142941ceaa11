import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identifications and what hangs on them. Identifying details exist only as `personal_data`,
 * sealed by the vault under the person's data key; every other column is a code, an id, a date or
 * a place, none of which names anyone.
 */
export class CreateIdentifications1796893200000 implements MigrationInterface {
  name = 'CreateIdentifications1796893200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE identifications (
        id                    uuid PRIMARY KEY,
        victim_ref            text NOT NULL UNIQUE,
        status                text NOT NULL CHECK (status IN ('recorded', 'personalDataErased')),
        version               int  NOT NULL DEFAULT 1 CHECK (version >= 1),
        identified_at         timestamptz NOT NULL,
        region                text NOT NULL,
        cercle                text,
        place_detail          jsonb NOT NULL DEFAULT '{}'::jsonb,
        institution           text NOT NULL,
        unit_id               text NOT NULL,
        officer_id            text NOT NULL,
        sex                   text NOT NULL,
        age_group             text NOT NULL,
        is_minor              boolean NOT NULL,
        nationalities         text[] NOT NULL,
        languages             text[] NOT NULL DEFAULT '{}',
        exploitation          jsonb NOT NULL,
        indicators            text[] NOT NULL DEFAULT '{}',
        assessment            text NOT NULL,
        needs                 jsonb NOT NULL,
        consent               jsonb NOT NULL,
        suspects              jsonb NOT NULL DEFAULT '[]'::jsonb,
        possible_duplicate_of uuid REFERENCES identifications (id),
        personal_data         bytea NOT NULL,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        erased_at             timestamptz,
        CHECK ((status = 'personalDataErased') = (erased_at IS NOT NULL))
      )`);
    // Keyset pagination, newest first, within each scope the list offers.
    await q.query(`CREATE INDEX identifications_recent_idx ON identifications (identified_at DESC, id DESC)`);
    await q.query(`CREATE INDEX identifications_unit_idx ON identifications (unit_id, identified_at DESC, id DESC)`);
    await q.query(`CREATE INDEX identifications_region_idx ON identifications (region, identified_at DESC, id DESC)`);

    // Keyed hashes only (HMAC under the blind-index key); deleted with the person's data.
    await q.query(`
      CREATE TABLE duplicate_keys (
        key               text NOT NULL,
        identification_id uuid NOT NULL REFERENCES identifications (id),
        PRIMARY KEY (key, identification_id)
      )`);
    await q.query(`CREATE INDEX duplicate_keys_identification_idx ON duplicate_keys (identification_id)`);

    await q.query(`
      CREATE TABLE consent_records (
        seq               bigserial PRIMARY KEY,
        id                uuid NOT NULL UNIQUE,
        identification_id uuid NOT NULL REFERENCES identifications (id),
        purpose           text NOT NULL CHECK (purpose IN ('referral', 'dataSharing')),
        recipient         text,
        given_by          text NOT NULL,
        given             boolean NOT NULL,
        withdrawn         boolean NOT NULL,
        recorded_at       timestamptz NOT NULL,
        recorded_by       text NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        CHECK (NOT (given AND withdrawn))
      )`);
    await q.query(`CREATE INDEX consent_records_identification_idx ON consent_records (identification_id, recorded_at, seq)`);

    // Per referral, the latest acceptance and closure seen; access = accepted after any closure.
    await q.query(`
      CREATE TABLE referral_grants (
        referral_id  uuid PRIMARY KEY,
        victim_ref   text NOT NULL,
        agency_id    text NOT NULL,
        accepted_at  timestamptz,
        closed_at    timestamptz,
        active       boolean NOT NULL,
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX referral_grants_reader_idx ON referral_grants (victim_ref, agency_id) WHERE active`);

    // Per case, the office holding it as of office_at, its victims, and where it was merged.
    await q.query(`
      CREATE TABLE case_grants (
        case_id      uuid PRIMARY KEY,
        office_id    text,
        office_at    timestamptz,
        merged_into  uuid,
        merged_at    timestamptz,
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE case_victims (
        case_id     uuid NOT NULL,
        victim_ref  text NOT NULL,
        PRIMARY KEY (case_id, victim_ref)
      )`);
    await q.query(`CREATE INDEX case_victims_victim_idx ON case_victims (victim_ref)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['case_victims', 'case_grants', 'referral_grants', 'consent_records', 'duplicate_keys', 'identifications']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
