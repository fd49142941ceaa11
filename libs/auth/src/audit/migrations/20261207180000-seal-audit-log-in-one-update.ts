import { assertIdentifier } from '@relais/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * audit_seal() chains the rows as before (same order, same hashes) but writes them with one UPDATE
 * instead of one per row: the benchmark (issue #20) counted the per-row UPDATEs, each with its
 * trigger, as the largest share of the SQL statements an identification costs across the services.
 * The hashes are still computed one after the other, since each covers the previous one.
 */
export class SealAuditLogInOneUpdate1796666400000 implements MigrationInterface {
  name = 'SealAuditLogInOneUpdate1796666400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ schema }] = (await queryRunner.query('SELECT current_schema() AS schema')) as { schema: string | null }[];
    if (!schema) throw new Error('SealAuditLogInOneUpdate: the search_path names no existing schema');
    const s = `"${assertIdentifier(schema, 'schema')}"`;
    await queryRunner.query(`CREATE OR REPLACE FUNCTION ${s}.audit_seal(max_rows integer) RETURNS integer LANGUAGE plpgsql SET search_path = ${s}, pg_temp AS $$
      DECLARE
        head_seq  bigint;
        head_hash text;
        r         record;
        ids       bigint[] := '{}';
        seqs      bigint[] := '{}';
        prevs     text[] := '{}';
        hashes    text[] := '{}';
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('relais.audit_log'), hashtext(current_schema())) THEN
          RETURN 0;
        END IF;
        SELECT l.seq, l.hash INTO head_seq, head_hash FROM audit_log l WHERE l.seq IS NOT NULL ORDER BY l.seq DESC LIMIT 1;
        head_seq := coalesce(head_seq, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        FOR r IN SELECT * FROM audit_log WHERE seq IS NULL ORDER BY id LIMIT max_rows FOR UPDATE LOOP
          head_seq := head_seq + 1;
          ids := ids || r.id;
          seqs := seqs || head_seq;
          prevs := prevs || head_hash;
          head_hash := audit_row_hash(head_seq, r.at, r.actor, r.action, r.resource_type, r.resource_id, r.outcome, r.details, head_hash);
          hashes := hashes || head_hash;
        END LOOP;
        IF cardinality(ids) = 0 THEN
          RETURN 0;
        END IF;
        PERFORM set_config('relais.audit_sealing', 'on', true);
        UPDATE audit_log l
           SET seq = u.seq, prev_hash = u.prev_hash, hash = u.hash
          FROM unnest(ids, seqs, prevs, hashes) AS u(id, seq, prev_hash, hash)
         WHERE l.id = u.id;
        PERFORM set_config('relais.audit_sealing', 'off', true);
        RETURN cardinality(ids);
      END
      $$`);
  }

  async down(): Promise<void> {
    throw new Error('SealAuditLogInOneUpdate cannot be reverted: the audit trail is never rewritten by a migration');
  }
}
