import { assertIdentifier } from '@relais/persistence';
import { Queryable, queryRows } from './queryable';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainBreak = 'seq_gap' | 'prev_hash_mismatch' | 'hash_mismatch';

export interface AuditChainReport {
  ok: boolean;
  /** Sealed (chained) rows checked. */
  rows: number;
  /** Rows appended but not chained yet (services seal within a second; many means none is running). */
  unsealed?: number;
  firstBroken?: { seq: number; reason: ChainBreak };
  /**
   * The last row's hash. Whoever can disable triggers can also rewrite the chain from a point
   * onwards and rehash it consistently; recording the head elsewhere from time to time is what
   * makes such a rewrite detectable.
   */
  head?: { seq: number; hash: string };
}

interface CheckedRow {
  seq: string;
  prev_hash: string;
  hash: string;
  recomputed: string;
}

const PAGE_SIZE = 1000;

/**
 * Walks `<schema>.audit_log` in seq order, recomputing each hash with the schema's own
 * audit_row_hash(), and names the first row that does not follow from its predecessor.
 */
export async function verifyAuditChain(db: Queryable, schema: string): Promise<AuditChainReport> {
  const s = `"${assertIdentifier(schema, 'schema')}"`;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let after: string | null = null;
  for (;;) {
    const page: CheckedRow[] = await queryRows<CheckedRow>(
      db,
      `SELECT seq, prev_hash, hash,
              ${s}.audit_row_hash(seq, at, actor, action, resource_type, resource_id, outcome, details, prev_hash) AS recomputed
         FROM ${s}.audit_log
        WHERE seq IS NOT NULL AND ($1::bigint IS NULL OR seq > $1::bigint)
        ORDER BY seq
        LIMIT ${PAGE_SIZE}`,
      [after],
    );
    for (const row of page) {
      const reason = breakIn(row, expectedSeq, prevHash);
      if (reason) return { ok: false, rows: await countRows(db, s), firstBroken: { seq: Number(row.seq), reason }, ...(await unsealed(db, s)) };
      expectedSeq += 1;
      prevHash = row.hash;
    }
    if (page.length < PAGE_SIZE) break;
    after = page[page.length - 1].seq;
  }
  const rows = expectedSeq - 1;
  const pending = await unsealed(db, s);
  return rows === 0 ? { ok: true, rows, ...pending } : { ok: true, rows, head: { seq: rows, hash: prevHash }, ...pending };
}

async function unsealed(db: Queryable, qualifiedSchema: string): Promise<{ unsealed?: number }> {
  const [{ count }] = await queryRows<{ count: string }>(db, `SELECT count(*) AS count FROM ${qualifiedSchema}.audit_log WHERE seq IS NULL`);
  return Number(count) ? { unsealed: Number(count) } : {};
}

function breakIn(row: CheckedRow, expectedSeq: number, prevHash: string): ChainBreak | undefined {
  if (Number(row.seq) !== expectedSeq) return 'seq_gap';
  if (row.prev_hash !== prevHash) return 'prev_hash_mismatch';
  if (row.hash !== row.recomputed) return 'hash_mismatch';
  return undefined;
}

async function countRows(db: Queryable, qualifiedSchema: string): Promise<number> {
  const [{ count }] = await queryRows<{ count: string }>(db, `SELECT count(*) AS count FROM ${qualifiedSchema}.audit_log WHERE seq IS NOT NULL`);
  return Number(count);
}

/**
 * Compares an intact chain with the last head anchored outside the database: rows deleted from
 * the tail leave it shorter than its anchor; a tail rewritten and rehashed no longer has the
 * anchored hash at the anchored seq. Returns what is wrong, or undefined.
 */
export async function anchorMismatch(db: Queryable, schema: string, report: AuditChainReport, anchor: { seq: number; hash: string; at: string }): Promise<string | undefined> {
  if (report.rows < anchor.seq) {
    return `chain is shorter than its anchor: ${report.rows} rows, but seq ${anchor.seq} was anchored at ${anchor.at} (rows were deleted from its end)`;
  }
  const s = `"${assertIdentifier(schema, 'schema')}"`;
  const [row] = await queryRows<{ hash: string }>(db, `SELECT hash FROM ${s}.audit_log WHERE seq = $1`, [anchor.seq]);
  if (row?.hash !== anchor.hash) return `seq ${anchor.seq} no longer has the hash anchored at ${anchor.at} (the chain was rewritten up to there)`;
  return undefined;
}
