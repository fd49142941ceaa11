import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';
import { CaseNotice, Holding } from '../domain/accompaniment';
import { queryRows } from './sql';

export interface StoredNotice {
  eventId: string;
  eventType: string;
  caseId: string;
  notice: CaseNotice;
}

/** The keys an event's handling holds until commit (see AccompanimentRepository.lock). */
export interface AccompanimentLocks {
  cases: readonly string[];
  victims: readonly string[];
  /** A case whose every linked victim is locked too (with `victims`), once the case's key is held. */
  allVictimsOfCase?: string;
}

/** Sorts before every other key (it is their prefix), so it is always taken first. */
const WHOLE = 'relais.notifications.accompaniment';
const caseKey = (caseId: string) => `${WHOLE}.case:${caseId}`;
const victimKey = (victimRef: string) => `${WHOLE}.victim:${victimRef}`;

interface NoticeRow {
  event_id: string;
  event_type: string;
  case_id: string;
  kind: 'hearing' | 'judgment';
  occurred_at: Date;
  hearing_at: Date | null;
}

interface HoldingRow {
  agency_id: string;
  victim_ref: string;
  accepted_at: Date | null;
  closed_at: Date | null;
}

/**
 * The projection of referral and case events that tells which agencies accompany a case's victims.
 * Every write is an upsert that converges whatever the order of arrival; people whose data was
 * erased are kept out through a tombstone.
 */
@Injectable()
export class AccompanimentRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Serialises the handlers that read and write the same rows of the projection, and only those:
   * without it, an acceptance and a hearing handled at the same moment on two partitions would
   * each miss the other's uncommitted row, and nobody would be told. Every writer of a victim's
   * rows (holdings, links, erasure) holds that victim's key; every writer of a case's links or
   * notices holds the case's key; a hearing or judgment, which reads the holdings of every victim
   * linked to its case, holds those victims' keys too, read once the case's key is held (no link
   * to the case can then appear). Keys are taken in one total order (the service-wide key shared
   * first, then cases, then victims, each sorted): one event never waits on another in a cycle.
   *
   * Events of one consumer run share its transaction, so a run holds the keys of its earlier
   * events while it takes the next ones, out of that order: two runs can then wait on each other.
   * Postgres breaks such a cycle after deadlock_timeout by failing one statement; the batch
   * processor then rolls back the whole failed event (its inbox row, projection rows, deliveries
   * and outbox rows with it: nothing half done, nothing twice) and sends it through the retry
   * topic, where it takes the service-wide key exclusively (lockWhole) and cannot be caught in a
   * cycle again. Taking the union of a run's keys up front would need the batch processor to
   * know about this projection; the cycle needs two runs crossing on the same victims or cases
   * within the same fraction of a second, which the per-key locks make rare.
   */
  async lock(keys: AccompanimentLocks): Promise<void> {
    const victimsNow = keys.allVictimsOfCase ? [] : keys.victims;
    // One round trip; Postgres runs a volatile function of the select list after the ORDER BY, so
    // the keys are taken in that order. The "C" collation makes it the same order for every caller.
    await queryRows(this.tx.manager,
      `SELECT CASE WHEN k = $2 THEN pg_advisory_xact_lock_shared(hashtextextended(k, 0)) ELSE pg_advisory_xact_lock(hashtextextended(k, 0)) END
         FROM (SELECT DISTINCT k FROM unnest($1::text[]) AS k) keys ORDER BY k COLLATE "C"`,
      [[WHOLE, ...keys.cases.map(caseKey), ...victimsNow.map(victimKey)], WHOLE],
    );
    if (!keys.allVictimsOfCase) return;
    // Read in the same statement as the locks are taken: the case's key is held, so its links
    // cannot grow meanwhile (an erasure may remove one: its victim's key is then taken for nothing).
    await queryRows(this.tx.manager,
      `SELECT pg_advisory_xact_lock(hashtextextended(k, 0))
         FROM (SELECT $3 || v AS k FROM unnest($1::text[]) AS v
               UNION SELECT $3 || victim_ref FROM case_victims WHERE case_id = $2) keys
        ORDER BY k COLLATE "C"`,
      [[...keys.victims], keys.allVictimsOfCase, victimKey('')],
    );
  }

  /**
   * The whole projection, for an event on its second try or later: it may have failed in a cycle
   * of waits (see lock). Every event of a retry-topic run is on such a try, so its run takes this
   * key before any other of the projection, and cannot be caught in a cycle again. Every per-key holder shares this key, so this waits for all of them, and they for it.
   */
  async lockWhole(): Promise<void> {
    await queryRows(this.tx.manager, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [WHOLE]);
  }

  /** Records the acceptance; returns the holding when this is news (not a replay, not erased). */
  async recordAcceptance(referralId: string, victimRef: string, agencyId: string, acceptedAt: string): Promise<Holding | undefined> {
    const [row]: HoldingRow[] = await queryRows(this.tx.manager,
      `INSERT INTO referral_holdings (referral_id, victim_ref, agency_id, accepted_at)
       SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM erased_victims WHERE victim_ref = $2)
       ON CONFLICT (referral_id) DO UPDATE SET accepted_at = EXCLUDED.accepted_at WHERE referral_holdings.accepted_at IS NULL
       RETURNING agency_id, victim_ref, accepted_at, closed_at`,
      [referralId, victimRef, agencyId, acceptedAt],
    );
    return row ? holding(row) : undefined;
  }

  async recordClosure(referralId: string, victimRef: string, agencyId: string, closedAt: string): Promise<void> {
    await queryRows(this.tx.manager,
      `INSERT INTO referral_holdings (referral_id, victim_ref, agency_id, closed_at)
       SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM erased_victims WHERE victim_ref = $2)
       ON CONFLICT (referral_id) DO UPDATE SET closed_at = EXCLUDED.closed_at WHERE referral_holdings.closed_at IS NULL`,
      [referralId, victimRef, agencyId, closedAt],
    );
  }

  /** Links victims to a case; returns those that were not linked before. */
  async linkVictims(caseId: string, victimRefs: readonly string[]): Promise<string[]> {
    if (!victimRefs.length) return [];
    const rows: { victim_ref: string }[] = await queryRows(this.tx.manager,
      `INSERT INTO case_victims (case_id, victim_ref)
       SELECT $1, v FROM unnest($2::text[]) AS v WHERE NOT EXISTS (SELECT 1 FROM erased_victims e WHERE e.victim_ref = v)
       ON CONFLICT DO NOTHING RETURNING victim_ref`,
      [caseId, [...new Set(victimRefs)]],
    );
    return rows.map((r) => r.victim_ref);
  }

  /** Needs the event stored in notified_events first. */
  async recordNotice(eventId: string, caseId: string, notice: CaseNotice): Promise<void> {
    await queryRows(this.tx.manager,
      `INSERT INTO case_notices (event_id, case_id, kind, occurred_at, hearing_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (event_id) DO NOTHING`,
      [eventId, caseId, notice.kind, notice.occurredAt, notice.kind === 'hearing' ? notice.hearingAt : null],
    );
  }

  /** The referrals held for the victims of a case. */
  async holdingsForCase(caseId: string): Promise<Holding[]> {
    const rows: HoldingRow[] = await queryRows(this.tx.manager,
      `SELECT h.agency_id, h.victim_ref, h.accepted_at, h.closed_at
         FROM referral_holdings h JOIN case_victims cv ON cv.victim_ref = h.victim_ref
        WHERE cv.case_id = $1`,
      [caseId],
    );
    return rows.map(holding);
  }

  async holdingsForVictims(victimRefs: readonly string[]): Promise<Holding[]> {
    if (!victimRefs.length) return [];
    const rows: HoldingRow[] = await queryRows(this.tx.manager,
      `SELECT agency_id, victim_ref, accepted_at, closed_at FROM referral_holdings WHERE victim_ref = ANY($1::text[])`,
      [[...victimRefs]],
    );
    return rows.map(holding);
  }

  async noticesForCases(caseIds: readonly string[]): Promise<StoredNotice[]> {
    if (!caseIds.length) return [];
    const rows: NoticeRow[] = await queryRows(this.tx.manager,
      `SELECT n.event_id, e.event_type, n.case_id, n.kind, n.occurred_at, n.hearing_at
         FROM case_notices n JOIN notified_events e ON e.event_id = n.event_id
        WHERE n.case_id = ANY($1::uuid[]) ORDER BY n.occurred_at`,
      [[...caseIds]],
    );
    return rows.map(notice);
  }

  async casesOfVictim(victimRef: string): Promise<string[]> {
    const rows: { case_id: string }[] = await queryRows(this.tx.manager, `SELECT case_id FROM case_victims WHERE victim_ref = $1`, [victimRef]);
    return rows.map((r) => r.case_id);
  }

  /** Forgets a person whose data was erased, and keeps them from coming back through a late event. */
  async erase(victimRef: string, erasedAt: string): Promise<void> {
    await queryRows(this.tx.manager, `INSERT INTO erased_victims (victim_ref, erased_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [victimRef, erasedAt]);
    await queryRows(this.tx.manager, `DELETE FROM referral_holdings WHERE victim_ref = $1`, [victimRef]);
    await queryRows(this.tx.manager, `DELETE FROM case_victims WHERE victim_ref = $1`, [victimRef]);
  }
}

function holding(row: HoldingRow): Holding {
  return { agencyId: row.agency_id, acceptedAt: row.accepted_at, closedAt: row.closed_at };
}

function notice(row: NoticeRow): StoredNotice {
  const base = { eventId: row.event_id, eventType: row.event_type, caseId: row.case_id };
  if (row.kind === 'hearing') return { ...base, notice: { kind: 'hearing', occurredAt: row.occurred_at, hearingAt: row.hearing_at ?? row.occurred_at } };
  return { ...base, notice: { kind: 'judgment', occurredAt: row.occurred_at } };
}
