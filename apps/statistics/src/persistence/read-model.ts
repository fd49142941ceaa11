import { assertIdentifier } from '@relais/persistence';

/** The live read model lives in the service's schema; a rebuild fills a shadow schema, then swaps. */
export const LIVE_SCHEMA = 'statistics';
export const REBUILD_SCHEMA = 'statistics_rebuild';

/** Every table that is derived from the event stream, and so dropped and rebuilt by a replay. */
export const PROJECTION_TABLES = [
  'identification_facts', 'referral_facts', 'escalation_facts', 'case_facts', 'case_stage_facts', 'case_victims',
  'defendant_facts', 'defendant_charges', 'verdict_facts', 'hearing_facts', 'judgment_facts', 'victim_cube', 'referral_cube',
  'acceptance_cube', 'person_cube', 'judgment_cube', 'cube_dirty', 'judgment_dirty',
] as const;
export type ProjectionTable = (typeof PROJECTION_TABLES)[number];

/** `"schema".table`, for SQL that must say which copy of the read model it writes. */
export function inSchema(schema: string, table: ProjectionTable): string {
  return `"${assertIdentifier(schema, 'schema')}".${table}`;
}

/**
 * The database access statistics needs beyond reading and writing its tables: a rebuild creates
 * its shadow schema, drops the live projection tables and moves the shadow ones in, so its role
 * owns those tables (never the audit trail) and may create schemas.
 */
export const STATISTICS_DATABASE_ACCESS = { owns: PROJECTION_TABLES, createsSchemas: true } as const;
