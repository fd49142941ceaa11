import { Injectable } from '@nestjs/common';
import { Need, OrganisationType, Region, Sex } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { Agency, Coverage, NATIONAL } from '../domain/agency';
import { namedQuery, returnedRows } from './sql';

interface AgencyRow {
  id: string;
  name: string;
  type: OrganisationType;
  services: Need[];
  regions: Coverage[];
  accepts_minors: boolean;
  accepts_adults: boolean;
  accepts_sexes: Sex[];
  languages: string[];
  beds: number | null;
  beds_available: number | null;
  active: boolean;
  demo: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface AgencyFilter {
  region?: Region;
  need?: Need;
  type?: OrganisationType;
  active?: boolean;
}

/** The directory is public to every signed-in role, so its queries need no access scope. */
@Injectable()
export class AgencyRepository {
  constructor(private readonly tx: TransactionHost) {}

  async list(filter: AgencyFilter = {}): Promise<Agency[]> {
    const rows = await namedQuery<AgencyRow>(
      this.tx.manager,
      `SELECT * FROM agencies
        WHERE (:region::text IS NULL OR :region = ANY(regions) OR :national = ANY(regions))
          AND (:need::text IS NULL OR :need = ANY(services))
          AND (:type::text IS NULL OR type = :type)
          AND (:active::boolean IS NULL OR active = :active)
        ORDER BY id`,
      { region: filter.region ?? null, national: NATIONAL, need: filter.need ?? null, type: filter.type ?? null, active: filter.active ?? null },
    );
    return rows.map(toAgency);
  }

  async find(id: string): Promise<Agency | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM agencies WHERE id = $1`, [id]);
    return row ? toAgency(row) : null;
  }

  async findForUpdate(id: string): Promise<Agency | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM agencies WHERE id = $1 FOR UPDATE`, [id]);
    return row ? toAgency(row) : null;
  }

  /** False when the id is taken: agency ids are chosen by the client and never reused. */
  async insert(agency: Agency): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `INSERT INTO agencies (id, name, type, services, regions, accepts_minors, accepts_adults, accepts_sexes, languages,
                             beds, beds_available, active, demo, version, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [...columns(agency), agency.createdAt, agency.updatedAt],
    );
    return rows.length === 1;
  }

  /** Writes a change made under `findForUpdate`; the version guard catches a caller that skipped the lock. */
  async update(agency: Agency, previousVersion: number): Promise<void> {
    const result = await this.tx.manager.query(
      `UPDATE agencies SET name = $2, type = $3, services = $4, regions = $5, accepts_minors = $6, accepts_adults = $7,
              accepts_sexes = $8, languages = $9, beds = $10, beds_available = $11, active = $12, demo = $13, version = $14,
              updated_at = $15
        WHERE id = $1 AND version = $16 RETURNING id`,
      [...columns(agency), agency.updatedAt, previousVersion],
    );
    if (returnedRows(result).length !== 1) throw new Error(`agency ${agency.id} changed under a lock`);
  }

  /** Takes one bed if one is free; the row's CHECK makes "below zero" impossible even for a buggy caller. */
  async takeBed(id: string, now: Date): Promise<boolean> {
    const result = await this.tx.manager.query(
      `UPDATE agencies SET beds_available = beds_available - 1, version = version + 1, updated_at = $2
        WHERE id = $1 AND beds_available > 0 RETURNING id`,
      [id, now],
    );
    return returnedRows(result).length === 1;
  }

  /** Gives a bed back; never more free beds than the agency has (its capacity may have been lowered meanwhile). */
  async returnBed(id: string, now: Date): Promise<void> {
    await this.tx.manager.query(
      `UPDATE agencies SET beds_available = LEAST(beds, beds_available + 1), version = version + 1, updated_at = $2
        WHERE id = $1 AND beds IS NOT NULL`,
      [id, now],
    );
  }
}

function columns(a: Agency): unknown[] {
  return [
    a.id, a.name, a.type, a.services, a.regions, a.accepts.minors, a.accepts.adults, a.accepts.sexes, a.languages,
    a.capacity?.beds ?? null, a.capacity?.available ?? null, a.active, a.demo, a.version,
  ];
}

function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    services: row.services,
    regions: row.regions,
    accepts: { minors: row.accepts_minors, adults: row.accepts_adults, sexes: row.accepts_sexes },
    languages: row.languages,
    capacity: row.beds === null || row.beds_available === null ? null : { beds: row.beds, available: row.beds_available },
    active: row.active,
    demo: row.demo,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
