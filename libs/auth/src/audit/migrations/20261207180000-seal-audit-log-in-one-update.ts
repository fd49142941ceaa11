import { MigrationInterface, QueryRunner } from 'typeorm';
import { quotedCurrentSchema, SEAL_FROM_HEAD } from './audit-migration-steps';

/**
 * audit_seal() chains the rows as before (same order, same hashes) but writes them with one UPDATE
 * instead of one per row: the benchmark (issue #20) counted the per-row UPDATEs, each with its
 * trigger, as the largest share of the SQL statements an identification costs across the services.
 * The hashes are still computed one after the other, since each covers the previous one.
 */
export class SealAuditLogInOneUpdate1796666400000 implements MigrationInterface {
  name = 'SealAuditLogInOneUpdate1796666400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = await quotedCurrentSchema(queryRunner, 'SealAuditLogInOneUpdate');
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
${SEAL_FROM_HEAD}
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
