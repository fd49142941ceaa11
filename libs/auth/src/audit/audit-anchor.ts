import { createHmac, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertIdentifier } from '@relais/persistence';
import { findRepoRoot } from '../keys/repo-root';
import { localSigningKey } from '../keys/local-keys';
import { Queryable, queryRows } from './queryable';

/**
 * A chain head kept outside the database: one signed JSON line per anchor, appended to
 * `<AUDIT_ANCHOR_DIR>/<database>.<schema>.jsonl`. Whoever can rewrite `audit_log` (its owner,
 * able to disable the triggers) cannot make the chain shorter or different than an anchor
 * without `audit:verify` noticing; nor forge an anchor without the key.
 */
export interface AuditAnchor {
  database: string;
  schema: string;
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  /** HMAC-SHA256 over the fields above, base64url. */
  mac: string;
}

export interface AnchorKey {
  id: string;
  secret: Buffer;
}

/**
 * `AUDIT_ANCHOR_KEY="<id>:<base64, at least 32 bytes>"`; in development a key derived from the
 * local token-signing key under .relais/keys (generated on first use). Production without the
 * setting refuses to start rather than warn: a development key would sign nothing worth
 * believing, and without anchors a deleted tail of the audit trail goes unnoticed, which a warning
 * in the log of an otherwise working service would not make anyone notice either.
 */
export async function anchorKeyFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<AnchorKey> {
  const configured = env.AUDIT_ANCHOR_KEY;
  if (configured) {
    const [id, material] = configured.split(':', 2);
    const secret = Buffer.from(material ?? '', 'base64');
    if (!/^[A-Za-z0-9._-]{1,40}$/.test(id) || secret.length < 32) throw new Error('AUDIT_ANCHOR_KEY must be "<id>:<base64 key of at least 32 bytes>"');
    return { id, secret };
  }
  if (env.NODE_ENV === 'production') throw new Error('AUDIT_ANCHOR_KEY must be set when NODE_ENV=production: the audit chain heads are anchored under it');
  const { privateKey } = await localSigningKey(env.AUTH_KEYS_DIR);
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  return { id: 'local-dev', secret: createHmac('sha256', der).update('relais audit anchor v1').digest() };
}

/** `AUDIT_ANCHOR_DIR`, else `<repo>/.relais/audit-anchors`. */
export function anchorDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AUDIT_ANCHOR_DIR) return resolve(env.AUDIT_ANCHOR_DIR);
  const root = findRepoRoot(__dirname);
  if (!root) throw new Error(`No nx.json above ${__dirname}: set AUDIT_ANCHOR_DIR`);
  return join(root, '.relais', 'audit-anchors');
}

export function signAnchor(head: Omit<AuditAnchor, 'keyId' | 'mac'>, key: AnchorKey): AuditAnchor {
  return { ...head, keyId: key.id, mac: macOf({ ...head, keyId: key.id }, key) };
}

export function anchorMacValid(anchor: AuditAnchor, key: AnchorKey): boolean {
  if (anchor.keyId !== key.id) return false;
  const expected = Buffer.from(macOf(anchor, key));
  const given = Buffer.from(String(anchor.mac));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function anchorFile(dir: string, database: string, schema: string): string {
  return join(dir, `${assertIdentifier(database, 'database')}.${assertIdentifier(schema, 'schema')}.jsonl`);
}

/** Appends one line (O_APPEND): earlier anchors are never rewritten by this code. */
export async function appendAnchor(dir: string, anchor: AuditAnchor): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await fs.appendFile(anchorFile(dir, anchor.database, anchor.schema), JSON.stringify(anchor) + '\n', { flag: 'a', mode: 0o600 });
}

/** The last anchor written for a chain, or none; a line that is not an anchor is reported, not skipped. */
export async function latestAnchor(dir: string, database: string, schema: string): Promise<{ anchor?: AuditAnchor; error?: string }> {
  let text: string;
  try {
    text = await fs.readFile(anchorFile(dir, database, schema), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const last = text.trimEnd().split('\n').pop();
  if (!last) return {};
  try {
    const anchor = JSON.parse(last) as AuditAnchor;
    if (!Number.isSafeInteger(anchor.seq) || typeof anchor.hash !== 'string') return { error: 'the last anchor line is not an anchor' };
    return { anchor };
  } catch {
    return { error: 'the last anchor line is not valid JSON' };
  }
}

/** The current head of the connected schema's chain, signed; null while the chain is empty. */
export async function currentAnchor(db: Queryable, key: AnchorKey, now = new Date()): Promise<AuditAnchor | null> {
  const [head] = await queryRows<{ database: string; schema: string; seq: string; hash: string }>(
    db,
    `SELECT current_database() AS database, current_schema() AS schema, seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1`,
  );
  return head ? signAnchor({ database: head.database, schema: head.schema, seq: Number(head.seq), hash: head.hash, at: now.toISOString() }, key) : null;
}

/**
 * Writes the chain head at most once every `intervalMs`, and only when it moved: the sealer
 * calls it after each seal. Between two anchors, a deleted tail goes unnoticed (the limit).
 */
export class AuditAnchorer {
  private lastAt = -Infinity;
  private lastSeq = 0;

  constructor(private readonly options: { dir: string; key: AnchorKey; intervalMs: number }) {}

  async maybeAnchor(db: Queryable, now = Date.now(), force = false): Promise<AuditAnchor | null> {
    if (!force && now - this.lastAt < this.options.intervalMs) return null;
    this.lastAt = now;
    const anchor = await currentAnchor(db, this.options.key, new Date(now));
    if (!anchor || anchor.seq === this.lastSeq) return null;
    await appendAnchor(this.options.dir, anchor);
    this.lastSeq = anchor.seq;
    return anchor;
  }
}

function macOf(a: Omit<AuditAnchor, 'mac'>, key: AnchorKey): string {
  const canonical = JSON.stringify([a.database, a.schema, a.seq, a.hash, a.at, a.keyId]);
  return createHmac('sha256', key.secret).update(canonical).digest('base64url');
}
