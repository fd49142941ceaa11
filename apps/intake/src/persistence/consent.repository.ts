import { Injectable } from '@nestjs/common';
import { ConsentGiver } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { ConsentPurpose, ConsentRecord } from '../domain/consent';

export interface StoredConsentRecord extends ConsentRecord {
  id: string;
  recordedBy: string;
}

interface ConsentRow {
  seq: string;
  id: string;
  purpose: ConsentPurpose;
  recipient: string | null;
  given_by: ConsentGiver;
  given: boolean;
  withdrawn: boolean;
  recorded_at: Date;
  recorded_by: string;
}

/** Consent records are only ever added; the state in force is derived from all of them. */
@Injectable()
export class ConsentRepository {
  constructor(private readonly tx: TransactionHost) {}

  async add(identificationId: string, record: Omit<StoredConsentRecord, 'seq'>): Promise<void> {
    await this.addAll(identificationId, [record]);
  }

  /** Several records in one statement, in the order given. */
  async addAll(identificationId: string, records: Omit<StoredConsentRecord, 'seq'>[]): Promise<void> {
    if (!records.length) return;
    await this.tx.manager.query(
      `INSERT INTO consent_records (id, identification_id, purpose, recipient, given_by, given, withdrawn, recorded_at, recorded_by)
       SELECT id, $2, purpose, recipient, given_by, given, withdrawn, recorded_at, recorded_by
         FROM unnest($1::uuid[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::boolean[], $8::timestamptz[], $9::text[])
              WITH ORDINALITY AS r(id, purpose, recipient, given_by, given, withdrawn, recorded_at, recorded_by, n)
        ORDER BY n`,
      [
        records.map((r) => r.id), identificationId, records.map((r) => r.purpose), records.map((r) => r.recipient ?? null), records.map((r) => r.givenBy),
        records.map((r) => r.given), records.map((r) => r.withdrawn), records.map((r) => r.recordedAt), records.map((r) => r.recordedBy),
      ],
    );
  }

  async listFor(identificationId: string): Promise<StoredConsentRecord[]> {
    const rows: ConsentRow[] = await this.tx.manager.query(
      `SELECT seq, id, purpose, recipient, given_by, given, withdrawn, recorded_at, recorded_by
       FROM consent_records WHERE identification_id = $1 ORDER BY recorded_at, seq`,
      [identificationId],
    );
    return rows.map((r) => ({
      id: r.id,
      seq: Number(r.seq),
      purpose: r.purpose,
      ...(r.recipient !== null ? { recipient: r.recipient } : {}),
      givenBy: r.given_by,
      given: r.given,
      withdrawn: r.withdrawn,
      recordedAt: r.recorded_at.toISOString(),
      recordedBy: r.recorded_by,
    }));
  }
}
