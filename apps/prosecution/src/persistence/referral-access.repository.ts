import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';
import { firstRow, rows } from './sql';

export interface ReferralAccessFacts {
  referralId: string;
  victimRef: string;
  agencyId: string;
}

/**
 * Which agencies accompany which person, as referral's events say: an accepted referral not yet
 * closed. Updates converge whatever order the events arrive in: a closure seen first is kept,
 * and the acceptance that follows cannot reopen it.
 */
@Injectable()
export class ReferralAccessRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Returns whether the referral now gives access (false if it was closed already). */
  async recordAccepted(facts: ReferralAccessFacts, acceptedAt: Date): Promise<boolean> {
    const [row] = await rows<{ closed_at: Date | null }>(
      this.tx.manager,
      `INSERT INTO referral_access (referral_id, victim_ref, agency_id, accepted_at) VALUES (:referralId, :victimRef, :agencyId, :acceptedAt)
       ON CONFLICT (referral_id) DO UPDATE SET accepted_at = COALESCE(referral_access.accepted_at, EXCLUDED.accepted_at)
       RETURNING closed_at`,
      { ...facts, acceptedAt },
    );
    return row.closed_at === null;
  }

  async recordClosed(facts: ReferralAccessFacts, closedAt: Date): Promise<void> {
    await rows(
      this.tx.manager,
      `INSERT INTO referral_access (referral_id, victim_ref, agency_id, closed_at) VALUES (:referralId, :victimRef, :agencyId, :closedAt)
       ON CONFLICT (referral_id) DO UPDATE SET closed_at = COALESCE(referral_access.closed_at, EXCLUDED.closed_at)`,
      { ...facts, closedAt },
    );
  }

  /** Whether the agency holds an accepted, open referral for the person, whose data was not erased. */
  async agencyAccompanies(victimRef: string, agencyId: string): Promise<boolean> {
    const row = await firstRow(
      this.tx.manager,
      `SELECT 1 FROM referral_access a
        WHERE a.victim_ref = :victimRef AND a.agency_id = :agencyId AND a.accepted_at IS NOT NULL AND a.closed_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM erased_victims e WHERE e.victim_ref = a.victim_ref)`,
      { victimRef, agencyId },
    );
    return row !== undefined;
  }

  /** The agencies accompanying each person (accepted, open referral, data not erased), for the case file. */
  async accompanying(victimRefs: string[]): Promise<Map<string, string[]>> {
    if (victimRefs.length === 0) return new Map();
    const found = await rows<{ victim_ref: string; agency_ids: string[] }>(
      this.tx.manager,
      `SELECT a.victim_ref, array_agg(DISTINCT a.agency_id ORDER BY a.agency_id) AS agency_ids FROM referral_access a
        WHERE a.victim_ref = ANY(:victimRefs::text[]) AND a.accepted_at IS NOT NULL AND a.closed_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM erased_victims e WHERE e.victim_ref = a.victim_ref)
        GROUP BY a.victim_ref`,
      { victimRefs },
    );
    return new Map(found.map((r) => [r.victim_ref, r.agency_ids]));
  }

  /** Remembers the erasure and ends every agency's access to the person's case status. Returns whether it is new. */
  async recordErasure(victimRef: string, erasedAt: Date): Promise<boolean> {
    const inserted = await rows(
      this.tx.manager,
      `INSERT INTO erased_victims (victim_ref, erased_at) VALUES (:victimRef, :erasedAt) ON CONFLICT (victim_ref) DO NOTHING RETURNING 1`,
      { victimRef, erasedAt },
    );
    await rows(this.tx.manager, `UPDATE referral_access SET closed_at = COALESCE(closed_at, :erasedAt) WHERE victim_ref = :victimRef`, {
      victimRef,
      erasedAt,
    });
    return inserted.length === 1;
  }

  /**
   * Stage-change notes are free text sealed under the case's key, not the person's, so shredding
   * the person's key leaves them readable. Once every victim of a case is erased, nobody is left
   * whom they could be about: they are wiped. A case with another victim keeps them (they are that
   * person's proceedings too) until that victim is erased in turn. Returns the cases concerned.
   */
  async eraseNotesOfErasedCases(victimRef: string): Promise<string[]> {
    // A SELECT around the UPDATE: through TypeORM, UPDATE … RETURNING comes back as [rows, count].
    const wiped = await rows<{ case_id: string }>(
      this.tx.manager,
      `WITH wiped AS (
         UPDATE stage_changes sc SET note_sealed = NULL
          WHERE sc.note_sealed IS NOT NULL
            AND sc.case_id IN (SELECT i.case_id FROM identifications i WHERE i.victim_ref = :victimRef)
            AND NOT EXISTS (
              SELECT 1 FROM identifications o
               WHERE o.case_id = sc.case_id
                 AND NOT EXISTS (SELECT 1 FROM erased_victims e WHERE e.victim_ref = o.victim_ref))
          RETURNING sc.case_id)
       SELECT DISTINCT case_id FROM wiped ORDER BY case_id`,
      { victimRef },
    );
    return wiped.map((row) => row.case_id);
  }
}
