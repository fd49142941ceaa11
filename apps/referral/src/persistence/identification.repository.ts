import { Injectable } from '@nestjs/common';
import { AgeBand, Region, Sex } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { ConsentState, IdentificationState, IdentifiedNeed } from '../domain/identification';

interface IdentificationRow {
  identification_id: string;
  victim_ref: string;
  identified_at: Date | null;
  unit_id: string | null;
  sex: Sex | null;
  age_group: AgeBand | null;
  is_minor: boolean | null;
  languages: string[];
  region: Region | null;
  needs: IdentifiedNeed[] | null;
  facts_at: Date | null;
  consent: ConsentState | null;
  consent_at: Date | null;
  erased_at: Date | null;
}

export type TryLockResult = { kind: 'locked'; state: IdentificationState } | { kind: 'busy' } | { kind: 'missing' };

/**
 * The identification row is also the per-person lock: whatever may create referrals for a person
 * (intake's events, a decline, a missed deadline) takes it first, so two of them never route the
 * same need at once and a consent withdrawal cannot cross a re-routing.
 */
@Injectable()
export class IdentificationRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Locks the row, creating an empty one when this is the first event heard about the identification. */
  async lockOrCreate(identificationId: string, victimRef: string): Promise<IdentificationState> {
    await this.tx.manager.query(
      `INSERT INTO identifications (identification_id, victim_ref) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [identificationId, victimRef],
    );
    const state = await this.lock(identificationId);
    if (!state) throw new Error(`identification ${identificationId} vanished after insert`);
    return state;
  }

  async lock(identificationId: string): Promise<IdentificationState | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM identifications WHERE identification_id = $1 FOR UPDATE`, [identificationId]);
    return row ? toState(row) : null;
  }

  /** For the deadline sweep, which already holds a referral lock and so must never wait here. */
  async tryLock(identificationId: string): Promise<TryLockResult> {
    const [row] = await this.tx.manager.query(
      `SELECT * FROM identifications WHERE identification_id = $1 FOR UPDATE SKIP LOCKED`,
      [identificationId],
    );
    if (row) return { kind: 'locked', state: toState(row) };
    const [exists] = await this.tx.manager.query(`SELECT 1 FROM identifications WHERE identification_id = $1`, [identificationId]);
    return exists ? { kind: 'busy' } : { kind: 'missing' };
  }

  async save(state: IdentificationState, now: Date): Promise<void> {
    await this.tx.manager.query(
      `UPDATE identifications SET victim_ref = $2, identified_at = $3, sex = $4, age_group = $5, is_minor = $6, languages = $7,
              region = $8, needs = $9::jsonb, facts_at = $10, consent = $11::jsonb, consent_at = $12, erased_at = $13, updated_at = $14,
              unit_id = $15
        WHERE identification_id = $1`,
      [
        state.identificationId, state.victimRef, state.identifiedAt, state.sex, state.ageGroup, state.isMinor, state.languages,
        state.region, state.needs === null ? null : JSON.stringify(state.needs), state.factsAt,
        state.consent === null ? null : JSON.stringify(state.consent), state.consentAt, state.erasedAt, now, state.unitId,
      ],
    );
  }
}

function toState(row: IdentificationRow): IdentificationState {
  return {
    identificationId: row.identification_id,
    victimRef: row.victim_ref,
    identifiedAt: row.identified_at,
    unitId: row.unit_id,
    sex: row.sex,
    ageGroup: row.age_group,
    isMinor: row.is_minor,
    languages: row.languages,
    region: row.region,
    needs: row.needs,
    factsAt: row.facts_at,
    consent: row.consent,
    consentAt: row.consent_at,
    erasedAt: row.erased_at,
  };
}
