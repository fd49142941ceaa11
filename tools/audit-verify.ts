/**
 * Verifies the hash-chained audit trail of every service schema in the database, and each chain
 * against the last head anchored outside it (AUDIT_ANCHOR_DIR, default .relais/audit-anchors):
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/relais npm run -s audit:verify [-- --schema referral]
 *
 * Prints each chain's length, head and anchor, or what is wrong. Exits 1 if any chain is broken,
 * shorter than or different from its anchor, has an anchor that is not validly signed, or if a
 * service's audit_log table is missing (an absent trail is not an intact one).
 */
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { anchorDirFromEnv, anchorKeyFromEnv, anchorMacValid, anchorMismatch, AuditChainReport, latestAnchor, verifyAuditChain } from '@relais/auth';
import { DEFAULT_DATABASE_URL } from '@relais/persistence';
import { SERVICES } from '@relais/contracts';

const REASONS: Record<NonNullable<AuditChainReport['firstBroken']>['reason'], string> = {
  seq_gap: 'sequence number out of order (a row before it is missing)',
  prev_hash_mismatch: 'does not link to the previous row (a row before it was removed, added or rehashed)',
  hash_mismatch: 'content does not match its hash (the row was altered)',
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: { schema: { type: 'string', multiple: true }, 'anchor-dir': { type: 'string' } },
  });
  const wanted = values.schema ?? SERVICES;
  const anchorDir = values['anchor-dir'] ?? anchorDirFromEnv();
  const key = await anchorKeyFromEnv();
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const client = new Client({ connectionString: url, application_name: 'relais-audit-verify' });
  await client.connect();
  let failed = 0;
  try {
    const { rows } = await client.query<{ schema: string }>(
      `SELECT table_schema AS schema FROM information_schema.tables
        WHERE table_name = 'audit_log' AND table_schema = ANY($1::text[])`,
      [wanted],
    );
    const { rows: [{ database }] } = await client.query<{ database: string }>('SELECT current_database() AS database');
    for (const schema of wanted) {
      if (!rows.some((row) => row.schema === schema)) {
        failed += 1;
        console.log(`${schema}: MISSING, no ${schema}.audit_log table in ${redacted(url)}`);
        continue;
      }
      const problem = await verifySchema(client, database, schema, anchorDir, key);
      if (problem) failed += 1;
    }
  } finally {
    await client.end();
  }
  if (failed > 0) process.exitCode = 1;
}

/** Prints one line for the schema; true when something is wrong. */
async function verifySchema(client: Client, database: string, schema: string, dir: string, key: Awaited<ReturnType<typeof anchorKeyFromEnv>>): Promise<boolean> {
  const report = await verifyAuditChain(client, schema);
  if (report.firstBroken) {
    const { seq, reason } = report.firstBroken;
    console.log(`${schema}: BROKEN at seq ${seq} of ${report.rows} rows: ${reason}, ${REASONS[reason]}`);
    return true;
  }
  const summary = `${report.rows} rows${report.head ? `, head ${report.head.seq} ${report.head.hash}` : ''}`;
  const { anchor, error } = await latestAnchor(dir, database, schema);
  if (error) return fail(`${schema}: ANCHOR UNREADABLE (${error}) in ${dir}; ${summary}`);
  if (!anchor) return ok(`${schema}: ok, ${summary}, not anchored yet`);
  if (!key) return fail(`${schema}: CANNOT CHECK its anchor: set AUDIT_ANCHOR_KEY; ${summary}`);
  if (!anchorMacValid(anchor, key)) return fail(`${schema}: ANCHOR FORGED, its signature does not verify with key ${key.id}; ${summary}`);
  const mismatch = await anchorMismatch(client, schema, report, anchor);
  if (mismatch) return fail(`${schema}: TRUNCATED OR REWRITTEN, ${mismatch}`);
  return ok(`${schema}: ok, ${summary}, anchored at seq ${anchor.seq} on ${anchor.at}`);
}

function ok(line: string): false {
  console.log(line);
  return false;
}

function fail(line: string): true {
  console.log(line);
  return true;
}

function redacted(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
