import { assertIdentifier } from '@relais/persistence';
import { QueryRunner } from 'typeorm';

/**
 * What the migrations of the audit trail share. These run in every service's database and have
 * run already: a change here changes what they did, so it never changes; a new version of
 * audit_seal() is a new migration with its own text.
 */

/** The schema the migration runs in (the service's, by its search_path), quoted for SQL. */
export async function quotedCurrentSchema(queryRunner: QueryRunner, migration: string): Promise<string> {
  const [{ schema }] = (await queryRunner.query('SELECT current_schema() AS schema')) as { schema: string | null }[];
  if (!schema) throw new Error(`${migration}: the search_path names no existing schema`);
  return `"${assertIdentifier(schema, 'schema')}"`;
}

/**
 * How every version of audit_seal() starts, in its body: it gives way (0 rows sealed) while another
 * instance seals this schema, then reads the head of the chain (seq 0 and a zero hash when empty).
 */
export const SEAL_FROM_HEAD = `        IF NOT pg_try_advisory_xact_lock(hashtext('relais.audit_log'), hashtext(current_schema())) THEN
          RETURN 0;
        END IF;
        SELECT l.seq, l.hash INTO head_seq, head_hash FROM audit_log l WHERE l.seq IS NOT NULL ORDER BY l.seq DESC LIMIT 1;
        head_seq := coalesce(head_seq, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));`;
