/**
 * Verifies the hash-chained audit trail of every service schema in the database:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/relais npm run -s audit-verify
 *
 * Prints each chain's length and head hash (worth recording elsewhere: a rewrite of the whole
 * tail by someone able to disable triggers is only detectable against a head kept outside the
 * database), or the first broken row. Exits 1 if any chain is broken.
 */
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { AuditChainReport, verifyAuditChain } from '@relais/auth';
import { DEFAULT_DATABASE_URL } from '@relais/persistence';

const SERVICE_SCHEMAS = ['intake', 'referral', 'prosecution', 'notifications', 'statistics'];

const REASONS: Record<NonNullable<AuditChainReport['firstBroken']>['reason'], string> = {
  seq_gap: 'sequence number out of order (a row before it is missing)',
  prev_hash_mismatch: 'does not link to the previous row (a row before it was removed, added or rehashed)',
  hash_mismatch: 'content does not match its hash (the row was altered)',
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: { schema: { type: 'string', multiple: true } },
  });
  const wanted = values.schema ?? SERVICE_SCHEMAS;
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const client = new Client({ connectionString: url, application_name: 'relais-audit-verify' });
  await client.connect();
  try {
    const { rows } = await client.query<{ schema: string }>(
      `SELECT table_schema AS schema FROM information_schema.tables
        WHERE table_name = 'audit_log' AND table_schema = ANY($1::text[])`,
      [wanted],
    );
    const present = wanted.filter((schema) => rows.some((row) => row.schema === schema));
    if (present.length === 0) {
      console.log(`No audit trail found in ${redacted(url)} (looked in: ${wanted.join(', ')})`);
      return;
    }
    let broken = 0;
    for (const schema of present) {
      const report = await verifyAuditChain(client, schema);
      if (report.firstBroken) {
        broken += 1;
        const { seq, reason } = report.firstBroken;
        console.log(`${schema}: BROKEN at seq ${seq} of ${report.rows} rows: ${reason}, ${REASONS[reason]}`);
      } else {
        console.log(`${schema}: ok, ${report.rows} rows${report.head ? `, head ${report.head.seq} ${report.head.hash}` : ''}`);
      }
    }
    if (broken > 0) process.exitCode = 1;
  } finally {
    await client.end();
  }
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
