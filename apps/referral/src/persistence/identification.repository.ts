import { Injectable } from '@nestjs/common';
import { run, runFirst, TransactionHost } from '@relais/persistence';
import { VictimIdentifiedV1 } from '@relais/contracts';
import { RawBuilder, Selectable, sql } from 'kysely';
import { applyIdentified, emptyIdentification, IdentificationState } from '../domain/identification';
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

  /**
   * `victim-identified` in one statement where lockOrCreate, applyIdentified and save took three:
   * the insert carries what the event says of a new identification, and on a conflict the update
   * (which holds the row lock as SELECT FOR UPDATE would) merges it by applyIdentified's rules. The
   * identification's own facts are always the event's; place and needs, and consent, each keep
   * the newest version by its timestamp, so a redelivery or an event overtaken by a correction or
   * a consent change undoes nothing; the pseudonym and an erasure stay as they are. Answers the
   * merged state. test/medium/identification-upsert.medium-spec.ts holds this to applyIdentified.
   */
  async recordIdentified(event: VictimIdentifiedV1, now: Date): Promise<IdentificationState> {
    const fresh = applyIdentified(emptyIdentification(event.identificationId, event.victimRef), event);
    const row = await runFirst(
      this.tx.manager,
      db
        .insertInto('identifications')
        .values({ identification_id: fresh.identificationId, ...columnsOf(fresh), victim_ref: fresh.victimRef, erased_at: fresh.erasedAt, updated_at: now })
        .onConflict((oc) =>
          oc.column('identification_id').doUpdateSet((eb) => ({
            identified_at: eb.ref('excluded.identified_at'),
            unit_id: eb.ref('excluded.unit_id'),
            sex: eb.ref('excluded.sex'),
            age_group: eb.ref('excluded.age_group'),
            is_minor: eb.ref('excluded.is_minor'),
            languages: eb.ref('excluded.languages'),
            region: keepNewest('region', 'facts_at'),
            needs: keepNewest('needs', 'facts_at'),
            facts_at: keepNewest('facts_at', 'facts_at'),
            consent: keepNewest('consent', 'consent_at'),
            consent_at: keepNewest('consent_at', 'consent_at'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .returningAll(),
    );
    if (!row) throw new Error(`identification ${event.identificationId} was neither inserted nor updated`);
    return toState(row);
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
        .set({ ...columnsOf(state), victim_ref: state.victimRef, erased_at: state.erasedAt, updated_at: now })
        .where('identification_id', '=', state.identificationId),
    );
  }
}

/** The columns an event merges (everything but the pseudonym, the erasure and the timestamps of the row). */
function columnsOf(state: IdentificationState) {
  return {
    identified_at: state.identifiedAt,
    unit_id: state.unitId,
    sex: state.sex,
    age_group: state.ageGroup,
    is_minor: state.isMinor,
    languages: state.languages,
    region: state.region,
    needs: state.needs === null ? null : JSON.stringify(state.needs),
    facts_at: state.factsAt,
    consent: state.consent === null ? null : JSON.stringify(state.consent),
    consent_at: state.consentAt,
  };
}

/** In an upsert: the incoming value when its version is newer than the one kept (or none is kept), else the kept one. */
function keepNewest(column: 'region' | 'needs' | 'facts_at' | 'consent' | 'consent_at', stamp: 'facts_at' | 'consent_at'): RawBuilder<never> {
  // `never`: the CASE has the column's own type, which the set clause checks no further.
  const kept = sql.ref(`identifications.${column}`);
  const keptAt = sql.ref(`identifications.${stamp}`);
  return sql<never>`CASE WHEN ${keptAt} IS NULL OR excluded.${sql.ref(stamp)} > ${keptAt} THEN excluded.${sql.ref(column)} ELSE ${kept} END`;
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
