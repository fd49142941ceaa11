import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';

/** The blind-index keys of each identification, to flag a person identified again. */
@Injectable()
export class DuplicateIndexRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Serialises identifications of the same person until commit, so two stations submitting the
   * same person at the same moment still see each other.
   */
  async lock(keys: string[]): Promise<void> {
    if (!keys.length) return;
    // One round trip, the keys locked one after the other in the order sorted here (Postgres runs
    // a volatile function of the select list after the ORDER BY), so two submissions never wait
    // on each other in a cycle.
    await this.tx.manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n`,
      [[...keys].sort().map((key) => `intake.duplicate:${key}`)],
    );
  }

  /** The earliest identification (by when it was made) sharing one of `keys`. */
  async earliestMatch(keys: string[]): Promise<string | undefined> {
    if (!keys.length) return undefined;
    const rows: { id: string }[] = await this.tx.manager.query(
      `SELECT i.id FROM duplicate_keys d JOIN identifications i ON i.id = d.identification_id
       WHERE d.key = ANY($1::text[]) ORDER BY i.identified_at, i.created_at, i.id LIMIT 1`,
      [keys],
    );
    return rows[0]?.id;
  }

  async add(identificationId: string, keys: string[]): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO duplicate_keys (key, identification_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING`,
      [keys, identificationId],
    );
  }

  /** A keyed hash of a name is still personal data: it goes with the person's details. */
  async removeFor(identificationId: string): Promise<void> {
    await this.tx.manager.query(`DELETE FROM duplicate_keys WHERE identification_id = $1`, [identificationId]);
  }
}
