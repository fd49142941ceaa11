import { MigrationInterface, QueryRunner } from 'typeorm';
import { quotedCurrentSchema, SEAL_FROM_HEAD } from './audit-migration-steps';

/**
 * Chains the audit trail after commit instead of inside every audited transaction.
 *
 * Chaining at insert time needed a per-schema lock held until the inserting transaction ended:
 * every audited request and every consumer batch of a service queued behind each other (HTTP
 * answers waited up to a whole batch of events). Now an audited transaction only appends a row
 * (stamped with its time, unchained); `audit_seal()` — run continuously by each service, one
 * instance at a time — numbers the committed rows in insertion order, links each to the previous
 * hash and hashes it, within a fraction of a second. The rows stay append-only: DELETE and
 * TRUNCATE are refused, and the only UPDATE allowed is audit_seal()'s own, which may set the
 * chain fields once and must leave the content as it was.
 */
export class SealAuditLogAfterCommit1796083440000 implements MigrationInterface {
  name = 'SealAuditLogAfterCommit1796083440000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = await quotedCurrentSchema(queryRunner, 'SealAuditLogAfterCommit');
    const pinned = `SET search_path = ${s}, pg_temp`;
    for (const statement of [
      `DROP TRIGGER audit_log_chain ON ${s}.audit_log`,
      `DROP TRIGGER audit_log_append_only ON ${s}.audit_log`,
      `DROP FUNCTION ${s}.audit_log_chain()`,
      `ALTER TABLE ${s}.audit_log DROP CONSTRAINT audit_log_pkey`,
      // Existing rows keep their chain; their id follows their seq.
      `ALTER TABLE ${s}.audit_log ADD COLUMN id bigint`,
      `UPDATE ${s}.audit_log SET id = seq`,
      `CREATE SEQUENCE ${s}.audit_log_id_seq OWNED BY ${s}.audit_log.id`,
      `SELECT setval('${s}.audit_log_id_seq', coalesce((SELECT max(id) FROM ${s}.audit_log), 0) + 1, false)`,
      `ALTER TABLE ${s}.audit_log ALTER COLUMN id SET DEFAULT nextval('${s}.audit_log_id_seq'), ALTER COLUMN id SET NOT NULL, ADD PRIMARY KEY (id)`,
      `ALTER TABLE ${s}.audit_log ALTER COLUMN seq DROP NOT NULL, ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL`,
      `ALTER TABLE ${s}.audit_log ADD CONSTRAINT audit_log_seq_key UNIQUE (seq)`,
      `ALTER TABLE ${s}.audit_log ADD CONSTRAINT audit_log_sealed_whole CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL))`,
      `CREATE INDEX audit_log_unsealed_idx ON ${s}.audit_log (id) WHERE seq IS NULL`,

      // An appended row is stamped now and left unchained, whatever the application sent.
      `CREATE FUNCTION ${s}.audit_log_stamp() RETURNS trigger LANGUAGE plpgsql ${pinned} AS $$
      BEGIN
        NEW.at := clock_timestamp();
        NEW.seq := NULL;
        NEW.prev_hash := NULL;
        NEW.hash := NULL;
        RETURN NEW;
      END
      $$`,
      `CREATE TRIGGER audit_log_stamp BEFORE INSERT ON ${s}.audit_log FOR EACH ROW EXECUTE FUNCTION ${s}.audit_log_stamp()`,

      // The only change ever allowed: audit_seal() setting the chain fields of an unsealed row,
      // content untouched. (A hash set by anyone else would not verify: the verifier recomputes it.)
      `CREATE FUNCTION ${s}.audit_log_guard_update() RETURNS trigger LANGUAGE plpgsql ${pinned} AS $$
      BEGIN
        IF coalesce(current_setting('relais.audit_sealing', true), '') = 'on'
           AND OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.id = OLD.id
           AND (NEW.at, NEW.actor, NEW.action, NEW.resource_type, NEW.resource_id, NEW.outcome, NEW.details)
               IS NOT DISTINCT FROM (OLD.at, OLD.actor, OLD.action, OLD.resource_type, OLD.resource_id, OLD.outcome, OLD.details) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: UPDATE refused' USING ERRCODE = 'insufficient_privilege';
      END
      $$`,
      `CREATE TRIGGER audit_log_guard_update BEFORE UPDATE ON ${s}.audit_log FOR EACH ROW EXECUTE FUNCTION ${s}.audit_log_guard_update()`,
      `CREATE TRIGGER audit_log_append_only BEFORE DELETE OR TRUNCATE ON ${s}.audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.audit_log_refuse_change()`,

      // Seals up to max_rows committed rows in insertion order; 0 if another instance is sealing.
      `CREATE FUNCTION ${s}.audit_seal(max_rows integer) RETURNS integer LANGUAGE plpgsql ${pinned} AS $$
      DECLARE
        head_seq  bigint;
        head_hash text;
        r         record;
        sealed    integer := 0;
      BEGIN
${SEAL_FROM_HEAD}
        PERFORM set_config('relais.audit_sealing', 'on', true);
        FOR r IN SELECT * FROM audit_log WHERE seq IS NULL ORDER BY id LIMIT max_rows FOR UPDATE LOOP
          head_seq := head_seq + 1;
          UPDATE audit_log
             SET seq = head_seq,
                 prev_hash = head_hash,
                 hash = audit_row_hash(head_seq, r.at, r.actor, r.action, r.resource_type, r.resource_id, r.outcome, r.details, head_hash)
           WHERE id = r.id
          RETURNING hash INTO head_hash;
          sealed := sealed + 1;
        END LOOP;
        PERFORM set_config('relais.audit_sealing', 'off', true);
        RETURN sealed;
      END
      $$`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(): Promise<void> {
    throw new Error('SealAuditLogAfterCommit cannot be reverted: the audit trail is never rewritten by a migration');
  }
}
