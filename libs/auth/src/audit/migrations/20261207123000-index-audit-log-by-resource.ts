import { assertIdentifier } from '@relais/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data protection officer's "who read this person's file" (GET /api/v1/audit?resourceId=)
 * looks rows up by resource id and by the victimRef recorded in their details. Without indexes
 * every such read scanned the whole trail, which only grows (rows are never deleted). Both
 * branches of the read's OR need an index, or the planner falls back to one sequential scan.
 */
export class IndexAuditLogByResource1796646600000 implements MigrationInterface {
  name = 'IndexAuditLogByResource1796646600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ schema }] = (await queryRunner.query('SELECT current_schema() AS schema')) as { schema: string | null }[];
    if (!schema) throw new Error('IndexAuditLogByResource: the search_path names no existing schema');
    const s = `"${assertIdentifier(schema, 'schema')}"`;
    await queryRunner.query(`CREATE INDEX audit_log_resource_id_idx ON ${s}.audit_log (resource_id)`);
    // Not partial: the planner cannot prove `details->>'victimRef' = $1` implies a WHERE on the index.
    await queryRunner.query(`CREATE INDEX audit_log_victim_ref_idx ON ${s}.audit_log ((details->>'victimRef'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX audit_log_victim_ref_idx');
    await queryRunner.query('DROP INDEX audit_log_resource_id_idx');
  }
}
