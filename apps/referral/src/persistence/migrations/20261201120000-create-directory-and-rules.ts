import { MigrationInterface, QueryRunner } from 'typeorm';

/** The agency directory (with bed capacity), the versioned routing rules, and which reference files were loaded. */
export class CreateDirectoryAndRules1796126400000 implements MigrationInterface {
  name = 'CreateDirectoryAndRules1796126400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agencies (
        id              text        PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,98}[a-z0-9]$'),
        name            text        NOT NULL,
        type            text        NOT NULL,
        services        text[]      NOT NULL,
        regions         text[]      NOT NULL,
        accepts_minors  boolean     NOT NULL,
        accepts_adults  boolean     NOT NULL,
        accepts_sexes   text[]      NOT NULL,
        languages       text[]      NOT NULL DEFAULT '{}',
        beds            int,
        beds_available  int,
        active          boolean     NOT NULL DEFAULT true,
        demo            boolean     NOT NULL DEFAULT false,
        version         int         NOT NULL DEFAULT 1,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        -- The last line of defence for beds: never below zero, never more free than exist.
        CONSTRAINT agencies_capacity_consistent CHECK (
          (beds IS NULL) = (beds_available IS NULL) AND (beds IS NULL OR (beds >= 0 AND beds_available BETWEEN 0 AND beds))
        )
      )`);
    await q.query(`
      CREATE TABLE routing_rules (
        version     int         PRIMARY KEY CHECK (version > 0),
        rules       jsonb       NOT NULL,
        source      text        NOT NULL,
        created_by  text        NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE reference_data_loads (
        name        text        NOT NULL,
        version     text        NOT NULL,
        loaded_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (name, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE reference_data_loads');
    await q.query('DROP TABLE routing_rules');
    await q.query('DROP TABLE agencies');
  }
}
