import { Injectable } from '@nestjs/common';
import { AccessScope, scopeFilter } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { AccessBasis, Reader } from '../domain/access';
import { CorrectableState, ConsentState, Identification } from '../domain/identification';
import { IDENTIFICATION_COLUMNS, IdentificationRow, placeDetail, SUMMARY_COLUMNS, toIdentification } from './identification.row';

export interface StoredIdentification {
  identification: Identification;
  /** The person's details, sealed under their data key. */
  personalData: Buffer;
}

export interface ReadableIdentification extends StoredIdentification {
  basis: AccessBasis;
}

export interface ListFilter {
  from?: Date;
  to?: Date;
  region?: string;
  unitId?: string;
  after?: { identifiedAt: string; id: string };
  limit: number;
}

/**
 * Why `reader` may see row `i`, or NULL. Every condition is tied to a claim the reader's role
 * backs (see readerOf); a NULL claim matches nothing. Case links follow merges to the surviving
 * case, whose holding office reads.
 */
const BASIS_SQL = `CASE
    WHEN $2::boolean THEN 'coordinator'
    WHEN i.unit_id = $3::text THEN 'reportingUnit'
    WHEN i.region = $4::text THEN 'supervisorRegion'
    WHEN $5::text IS NOT NULL AND EXISTS (
      SELECT 1 FROM referral_grants g WHERE g.victim_ref = i.victim_ref AND g.agency_id = $5::text AND g.active
    ) THEN 'acceptedReferral'
    WHEN $6::text IS NOT NULL AND EXISTS (
      WITH RECURSIVE chain (case_id) AS (
        SELECT v.case_id FROM case_victims v WHERE v.victim_ref = i.victim_ref
        UNION
        SELECT c.merged_into FROM case_grants c JOIN chain ON c.case_id = chain.case_id WHERE c.merged_into IS NOT NULL
      )
      SELECT 1 FROM chain JOIN case_grants c ON c.case_id = chain.case_id WHERE c.merged_into IS NULL AND c.office_id = $6::text
    ) THEN 'prosecutionCase'
  END`;

function readerParams(reader: Reader): unknown[] {
  return [reader.coordinator, reader.unitId ?? null, reader.region ?? null, reader.agencyId ?? null, reader.officeId ?? null];
}

/** The only code that speaks SQL about identifications; every read is scoped to its caller. */
@Injectable()
export class IdentificationRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(i: Identification, personalData: Buffer): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO identifications (id, victim_ref, status, version, identified_at, region, cercle, place_detail, institution,
         unit_id, officer_id, sex, age_group, is_minor, nationalities, languages, exploitation, indicators, assessment, needs,
         consent, suspects, possible_duplicate_of, personal_data, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $25)`,
      [
        i.id, i.victimRef, i.status, i.version, i.identifiedAt, i.place.region, i.place.cercle ?? null, placeDetail(i.place),
        i.reporter.institution, i.reporter.unitId, i.reporter.officerId, i.sex, i.ageGroup, i.isMinor, i.nationalities,
        i.languages, i.exploitation, i.indicators, i.assessment, JSON.stringify(i.needs), i.consent, JSON.stringify(i.suspects),
        i.possibleDuplicateOf ?? null, personalData, i.createdAt,
      ],
    );
  }

  /** The identification if `reader` may see it, with the reason why; locked when `forUpdate`. */
  async findFor(reader: Reader, id: string, options: { forUpdate?: boolean } = {}): Promise<ReadableIdentification | undefined> {
    const rows: (IdentificationRow & { basis: AccessBasis | null })[] = await this.tx.manager.query(
      `SELECT ${IDENTIFICATION_COLUMNS}, ${BASIS_SQL} AS basis FROM identifications i WHERE i.id = $1
       ${options.forUpdate ? 'FOR UPDATE OF i' : ''}`,
      [id, ...readerParams(reader)],
    );
    return readable(rows[0]);
  }

  /** The identification of a victimRef if `reader` may see it; locked. */
  async findByVictimRefFor(reader: Reader, victimRef: string): Promise<ReadableIdentification | undefined> {
    const rows: (IdentificationRow & { basis: AccessBasis | null })[] = await this.tx.manager.query(
      `SELECT ${IDENTIFICATION_COLUMNS}, ${BASIS_SQL} AS basis FROM identifications i WHERE i.victim_ref = $1 FOR UPDATE OF i`,
      [victimRef, ...readerParams(reader)],
    );
    return readable(rows[0]);
  }

  /**
   * Unscoped, for the data protection officer's erasure (a role with national reach over personal
   * data, never shown details) and for the audit trail to tell a denied read from a missing record.
   */
  async findByVictimRefForErasure(victimRef: string): Promise<StoredIdentification | undefined> {
    const rows: IdentificationRow[] = await this.tx.manager.query(
      `SELECT ${IDENTIFICATION_COLUMNS} FROM identifications i WHERE i.victim_ref = $1 FOR UPDATE OF i`,
      [victimRef],
    );
    return rows[0] ? { identification: toIdentification(rows[0]), personalData: rows[0].personal_data } : undefined;
  }

  async exists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(`SELECT 1 FROM identifications WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** Writes a correction and moves the version on; false when `expectedVersion` is no longer current. */
  async saveCorrection(id: string, expectedVersion: number, next: CorrectableState, at: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      // Wrapped in a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count], never empty.
      `WITH updated AS (
         UPDATE identifications SET region = $3, cercle = $4, place_detail = $5,
           exploitation = exploitation || jsonb_build_object('forms', $6::jsonb, 'methodsOfControl', $7::jsonb),
           needs = $8::jsonb, assessment = $9, version = version + 1, updated_at = $10
         WHERE id = $1 AND version = $2 RETURNING id
       ) SELECT id FROM updated`,
      [
        id, expectedVersion, next.place.region, next.place.cercle ?? null, placeDetail(next.place), JSON.stringify(next.forms),
        JSON.stringify(next.methodsOfControl), JSON.stringify(next.needs), next.assessment, at,
      ],
    );
    return rows.length > 0;
  }

  async saveConsent(id: string, consent: ConsentState, at: string): Promise<void> {
    await this.tx.manager.query(`UPDATE identifications SET consent = $2, updated_at = $3 WHERE id = $1`, [id, consent, at]);
  }

  /** Region and cercle stay for statistics; the commune, locality and GPS point could find the person again. */
  async markErased(id: string, at: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE identifications SET status = 'personalDataErased', erased_at = $2, updated_at = $2, place_detail = '{}'::jsonb WHERE id = $1`,
      [id, at],
    );
  }

  /** Newest first, confined to `scope` in the WHERE clause; one more row than asked tells if there is a next page. */
  async list(scope: AccessScope, filter: ListFilter): Promise<Identification[]> {
    const where = scopeFilter(scope, { unit: 'i.unit_id', region: 'i.region' });
    const qb = this.tx.manager
      .createQueryBuilder()
      .select(SUMMARY_COLUMNS)
      .from('identifications', 'i')
      .where(where.sql, where.params);
    if (filter.from) qb.andWhere('i.identified_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('i.identified_at < :to', { to: filter.to });
    if (filter.region) qb.andWhere('i.region = :region', { region: filter.region });
    if (filter.unitId) qb.andWhere('i.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.after) {
      qb.andWhere('(i.identified_at, i.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', { afterAt: filter.after.identifiedAt, afterId: filter.after.id });
    }
    const rows = await qb.orderBy('i.identified_at', 'DESC').addOrderBy('i.id', 'DESC').limit(filter.limit).getRawMany<IdentificationRow>();
    return rows.map(toIdentification);
  }
}

function readable(row: (IdentificationRow & { basis: AccessBasis | null }) | undefined): ReadableIdentification | undefined {
  if (!row || row.basis === null) return undefined;
  return { identification: toIdentification(row), personalData: row.personal_data, basis: row.basis };
}
