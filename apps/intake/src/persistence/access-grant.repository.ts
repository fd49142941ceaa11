import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';
import { CaseGrant, ReferralGrant, referralGrantsAccess } from '../domain/grants';

interface ReferralGrantRow {
  referral_id: string;
  victim_ref: string;
  agency_id: string;
  accepted_at: Date | null;
  closed_at: Date | null;
}

interface CaseGrantRow {
  case_id: string;
  office_id: string | null;
  office_at: Date | null;
  merged_into: string | null;
  merged_at: Date | null;
  victim_refs: string[];
}

/**
 * The access other services' events open to a person's details. Each row is read locked, merged
 * with the new fact by a pure rule (domain/grants.ts) and written back, so redeliveries and events
 * out of order converge. Events of one referral or one case share a Kafka key, hence a partition,
 * and are handled one after the other; the lock covers the rest.
 */
@Injectable()
export class AccessGrantRepository {
  constructor(private readonly tx: TransactionHost) {}

  async referralForUpdate(referralId: string): Promise<ReferralGrant | undefined> {
    await this.lockKey(`referral:${referralId}`);
    const [row]: ReferralGrantRow[] = await this.tx.manager.query(
      `SELECT referral_id, victim_ref, agency_id, accepted_at, closed_at FROM referral_grants WHERE referral_id = $1 FOR UPDATE`,
      [referralId],
    );
    if (!row) return undefined;
    return {
      referralId: row.referral_id,
      victimRef: row.victim_ref,
      agencyId: row.agency_id,
      ...(row.accepted_at ? { acceptedAt: row.accepted_at.toISOString() } : {}),
      ...(row.closed_at ? { closedAt: row.closed_at.toISOString() } : {}),
    };
  }

  async saveReferral(grant: ReferralGrant): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO referral_grants (referral_id, victim_ref, agency_id, accepted_at, closed_at, active) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (referral_id) DO UPDATE SET accepted_at = EXCLUDED.accepted_at, closed_at = EXCLUDED.closed_at,
         active = EXCLUDED.active, updated_at = now()`,
      [grant.referralId, grant.victimRef, grant.agencyId, grant.acceptedAt ?? null, grant.closedAt ?? null, referralGrantsAccess(grant)],
    );
  }

  async caseForUpdate(caseId: string): Promise<CaseGrant | undefined> {
    await this.lockKey(`case:${caseId}`);
    const [row]: CaseGrantRow[] = await this.tx.manager.query(
      `SELECT c.case_id, c.office_id, c.office_at, c.merged_into, c.merged_at,
         COALESCE((SELECT array_agg(v.victim_ref ORDER BY v.victim_ref) FROM case_victims v WHERE v.case_id = c.case_id), '{}') AS victim_refs
       FROM case_grants c WHERE c.case_id = $1 FOR UPDATE`,
      [caseId],
    );
    if (!row) return undefined;
    return {
      caseId: row.case_id,
      victimRefs: row.victim_refs,
      ...(row.office_id !== null && row.office_at !== null ? { officeId: row.office_id, officeAt: row.office_at.toISOString() } : {}),
      ...(row.merged_into !== null && row.merged_at !== null ? { mergedInto: row.merged_into, mergedAt: row.merged_at.toISOString() } : {}),
    };
  }

  async saveCase(grant: CaseGrant): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO case_grants (case_id, office_id, office_at, merged_into, merged_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id) DO UPDATE SET office_id = EXCLUDED.office_id, office_at = EXCLUDED.office_at,
         merged_into = EXCLUDED.merged_into, merged_at = EXCLUDED.merged_at, updated_at = now()`,
      [grant.caseId, grant.officeId ?? null, grant.officeAt ?? null, grant.mergedInto ?? null, grant.mergedAt ?? null],
    );
    await this.tx.manager.query(
      `INSERT INTO case_victims (case_id, victim_ref) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
      [grant.caseId, grant.victimRefs],
    );
  }

  /**
   * FOR UPDATE cannot lock a row that does not exist yet; a retried event and a fresh one for the
   * same referral or case (retry and main consumers run side by side) must not both insert it.
   */
  private async lockKey(key: string): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`intake.grant:${key}`]);
  }
}
