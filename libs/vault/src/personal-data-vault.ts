import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { open, seal } from './envelope';
import { MasterKeyring } from './keyring';

/** The person's data key was destroyed: their details are gone for good. */
export class PersonalDataErasedError extends Error {
  constructor(readonly subjectId: string) {
    super(`personal data of ${subjectId} was erased`);
    this.name = 'PersonalDataErasedError';
  }
}

/**
 * Envelope encryption per person. Each subject (a victim, a defendant) gets a random data key,
 * stored only wrapped by the active master key; their fields are sealed under it with the subject
 * id as associated data. Destroying the wrapped key (crypto-shredding) makes every copy of the
 * ciphertext unreadable at once. Deliberately no cache of unwrapped keys: after an erasure, no
 * instance can read the person's details even for a moment.
 */
export class PersonalDataVault {
  constructor(readonly keyring: MasterKeyring) {}

  /** Creates the subject's data key if it has none yet. */
  async createSubject(manager: EntityManager, subjectId: string): Promise<void> {
    await this.insertDataKey(manager, subjectId);
  }

  /**
   * Creates the subject's data key and seals `value` under it in one round trip: the key just
   * made is still in memory. A subject that already had a key (a retried request) is sealed
   * under that one.
   */
  async sealForNewSubject(manager: EntityManager, subjectId: string, value: unknown): Promise<Buffer> {
    const created = await this.insertDataKey(manager, subjectId);
    if (!created) return this.seal(manager, subjectId, value);
    return seal(created, Buffer.from(JSON.stringify(value), 'utf8'), subjectId);
  }

  /** The new data key, or undefined when the subject already had one. */
  private async insertDataKey(manager: EntityManager, subjectId: string): Promise<Buffer | undefined> {
    const dataKey = randomBytes(32);
    const { id, key } = this.keyring.active;
    // Wrapped in a SELECT: TypeORM's answer to a bare INSERT … RETURNING differs by driver.
    const rows: unknown[] = await manager.query(
      `WITH created AS (
         INSERT INTO data_keys (subject_id, key_id, wrapped) VALUES ($1, $2, $3) ON CONFLICT (subject_id) DO NOTHING RETURNING subject_id
       ) SELECT subject_id FROM created`,
      [subjectId, id, seal(key, dataKey, wrapContext(subjectId))],
    );
    return rows.length ? dataKey : undefined;
  }

  async seal(manager: EntityManager, subjectId: string, value: unknown): Promise<Buffer> {
    const dataKey = await this.dataKey(manager, subjectId);
    return seal(dataKey, Buffer.from(JSON.stringify(value), 'utf8'), subjectId);
  }

  async open<T>(manager: EntityManager, subjectId: string, sealed: Buffer): Promise<T> {
    const dataKey = await this.dataKey(manager, subjectId);
    return JSON.parse(open(dataKey, sealed, subjectId).toString('utf8')) as T;
  }

  /** Crypto-shredding: returns false when the key was already gone. */
  async shred(manager: EntityManager, subjectId: string): Promise<boolean> {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const rows: unknown[] = await manager.query(
      `WITH shredded AS (
         UPDATE data_keys SET wrapped = NULL, destroyed_at = now() WHERE subject_id = $1 AND wrapped IS NOT NULL RETURNING subject_id
       ) SELECT subject_id FROM shredded`,
      [subjectId],
    );
    return rows.length > 0;
  }

  async isErased(manager: EntityManager, subjectId: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT wrapped IS NULL AS erased FROM data_keys WHERE subject_id = $1`, [subjectId]);
    return row?.erased === true;
  }

  /** Re-wraps up to `limit` data keys still under an older master key; returns how many. */
  async rotate(manager: EntityManager, limit = 1000): Promise<number> {
    const { id, key } = this.keyring.active;
    const rows: { subject_id: string; key_id: string; wrapped: Buffer }[] = await manager.query(
      `SELECT subject_id, key_id, wrapped FROM data_keys WHERE wrapped IS NOT NULL AND key_id <> $1 LIMIT $2 FOR UPDATE`,
      [id, limit],
    );
    for (const row of rows) {
      const dataKey = open(this.keyring.get(row.key_id), row.wrapped, wrapContext(row.subject_id));
      await manager.query(`UPDATE data_keys SET key_id = $2, wrapped = $3 WHERE subject_id = $1`, [
        row.subject_id,
        id,
        seal(key, dataKey, wrapContext(row.subject_id)),
      ]);
    }
    return rows.length;
  }

  private async dataKey(manager: EntityManager, subjectId: string): Promise<Buffer> {
    const [row] = await manager.query(`SELECT key_id, wrapped FROM data_keys WHERE subject_id = $1`, [subjectId]);
    if (!row) throw new Error(`no data key for ${subjectId}: call createSubject first`);
    if (!row.wrapped) throw new PersonalDataErasedError(subjectId);
    return open(this.keyring.get(row.key_id), row.wrapped, wrapContext(subjectId));
  }
}

function wrapContext(subjectId: string): string {
  return `relais-data-key:${subjectId}`;
}
