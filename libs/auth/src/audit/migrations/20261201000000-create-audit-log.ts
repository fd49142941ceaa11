import { assertIdentifier } from '@relais/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only, hash-chained audit trail, created in the schema the migration runs in (the
 * service's, through its search_path). Every service lists this migration beside its own.
 *
 * Chaining happens in the database, not in the application, so that no code path can skip it:
 * a BEFORE INSERT trigger takes a per-schema advisory lock held until commit, then numbers the
 * row after the current head (seq is the chain position, gap-free), links it to the head's hash
 * and hashes it with audit_row_hash(), which the verifier calls too. seq is not drawn from a
 * sequence: sequences are not transactional, so every rolled-back audited transaction would
 * leave a gap indistinguishable from a deleted row.
 */
export class CreateAuditLog1796083200000 implements MigrationInterface {
  name = 'CreateAuditLog1796083200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ schema }] = (await queryRunner.query('SELECT current_schema() AS schema')) as { schema: string | null }[];
    if (!schema) throw new Error('CreateAuditLog: the search_path names no existing schema');
    for (const statement of auditLogDdl(assertIdentifier(schema, 'schema'))) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('CreateAuditLog cannot be reverted: the audit trail is never dropped by a migration');
  }
}

function auditLogDdl(schema: string): string[] {
  const s = `"${schema}"`;
  // Functions resolve names through a fixed search_path, never the caller's.
  const pinned = `SET search_path = ${s}, pg_temp`;
  return [
    `CREATE TABLE ${s}.audit_log (
      seq           bigint      PRIMARY KEY,
      at            timestamptz NOT NULL,
      actor         text        NOT NULL,
      action        text        NOT NULL,
      resource_type text        NOT NULL,
      resource_id   text        NOT NULL,
      outcome       text        NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
      details       jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object'),
      prev_hash     text        NOT NULL,
      hash          text        NOT NULL
    )`,

    // The canonical text is a JSON array (unambiguous field boundaries, jsonb's own normalised
    // form for details) with the time in UTC, so no session setting can change the hash.
    `CREATE FUNCTION ${s}.audit_row_hash(
      seq bigint, at timestamptz, actor text, action text, resource_type text, resource_id text,
      outcome text, details jsonb, prev_hash text
    ) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE ${pinned} AS $$
      SELECT encode(sha256(convert_to(jsonb_build_array(
        'relais.audit.v1', seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        actor, action, resource_type, resource_id, outcome, details, prev_hash
      )::text, 'UTF8')), 'hex')
    $$`,

    // Lock first: a second appender waits here until the first commits or rolls back, and only
    // then reads the head (a volatile function's query sees what committed meanwhile), so two
    // transactions can never chain onto the same row.
    `CREATE FUNCTION ${s}.audit_log_chain() RETURNS trigger LANGUAGE plpgsql ${pinned} AS $$
    DECLARE
      head_seq  bigint;
      head_hash text;
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('relais.audit_log'), hashtext(TG_TABLE_SCHEMA));
      SELECT l.seq, l.hash INTO head_seq, head_hash FROM audit_log l ORDER BY l.seq DESC LIMIT 1;
      NEW.seq := coalesce(head_seq, 0) + 1;
      NEW.prev_hash := coalesce(head_hash, repeat('0', 64));
      NEW.at := clock_timestamp();
      NEW.hash := audit_row_hash(NEW.seq, NEW.at, NEW.actor, NEW.action, NEW.resource_type,
                                 NEW.resource_id, NEW.outcome, NEW.details, NEW.prev_hash);
      RETURN NEW;
    END
    $$`,

    `CREATE FUNCTION ${s}.audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql ${pinned} AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END
    $$`,

    `CREATE TRIGGER audit_log_chain BEFORE INSERT ON ${s}.audit_log
      FOR EACH ROW EXECUTE FUNCTION ${s}.audit_log_chain()`,
    // Statement-level, so even an UPDATE or DELETE that matches nothing is refused.
    `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.audit_log_refuse_change()`,
  ];
}
