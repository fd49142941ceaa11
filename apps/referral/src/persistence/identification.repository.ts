import { Injectable } from '@nestjs/common';
import { run, runFirst, TransactionHost } from '@relais/persistence';
import { Selectable } from 'kysely';
import { IdentificationState } from '../domain/identification';
import { DB } from './schema.generated';
import { db } from './sql';

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
    await run(
      this.tx.manager,
      db.insertInto('identifications').values({ identification_id: identificationId, victim_ref: victimRef }).onConflict((oc) => oc.doNothing()),
    );
    const state = await this.lock(identificationId);
    if (!state) throw new Error(`identification ${identificationId} vanished after insert`);
    return state;
  }

  async lock(identificationId: string): Promise<IdentificationState | null> {
    const row = await runFirst(this.tx.manager, db.selectFrom('identifications').selectAll().where('identification_id', '=', identificationId).forUpdate());
    return row ? toState(row) : null;
  }

  /** For the deadline sweep, which already holds a referral lock and so must never wait here. */
  async tryLock(identificationId: string): Promise<TryLockResult> {
    const row = await runFirst(
      this.tx.manager,
      db.selectFrom('identifications').selectAll().where('identification_id', '=', identificationId).forUpdate().skipLocked(),
    );
    if (row) return { kind: 'locked', state: toState(row) };
    const exists = await runFirst(this.tx.manager, db.selectFrom('identifications').select('identification_id').where('identification_id', '=', identificationId));
    return exists ? { kind: 'busy' } : { kind: 'missing' };
  }

  async save(state: IdentificationState, now: Date): Promise<void> {
    await run(
      this.tx.manager,
      db
        .updateTable('identifications')
        .set({
          victim_ref: state.victimRef,
          identified_at: state.identifiedAt,
          sex: state.sex,
          age_group: state.ageGroup,
          is_minor: state.isMinor,
          languages: state.languages,
          region: state.region,
          needs: state.needs === null ? null : JSON.stringify(state.needs),
          facts_at: state.factsAt,
          consent: state.consent === null ? null : JSON.stringify(state.consent),
          consent_at: state.consentAt,
          erased_at: state.erasedAt,
          updated_at: now,
          unit_id: state.unitId,
        })
        .where('identification_id', '=', state.identificationId),
    );
  }
}

function toState(row: Selectable<DB['identifications']>): IdentificationState {
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
