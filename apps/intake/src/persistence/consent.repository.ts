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
    await this.tx.manager.query(
      `INSERT INTO consent_records (id, identification_id, purpose, recipient, given_by, given, withdrawn, recorded_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        record.id, identificationId, record.purpose, record.recipient ?? null, record.givenBy, record.given, record.withdrawn,
        record.recordedAt, record.recordedBy,
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
