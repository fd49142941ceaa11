import { Injectable } from '@nestjs/common';
import { Region } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { firstRow, rows } from './sql';

export interface IdentificationLink {
  identificationId: string;
  caseId: string;
  victimRef: string;
  region: Region;
  cercle: string | null;
  identifiedAt: Date;
  linkedAt: Date;
  /** The person's details were erased in intake (crypto-shredding); the pseudonymous link stays. */
  erased: boolean;
}

interface LinkRow {
  identification_id: string;
  case_id: string;
  victim_ref: string;
  region: Region;
  cercle: string | null;
  identified_at: Date;
  linked_at: Date;
  erased: boolean;
}

const SELECT = `SELECT i.identification_id, i.case_id, i.victim_ref, i.region, i.cercle, i.identified_at, i.linked_at,
                       (e.victim_ref IS NOT NULL) AS erased
                  FROM identifications i LEFT JOIN erased_victims e ON e.victim_ref = i.victim_ref`;

/** Identifications received from intake and the case each belongs to. Pseudonymous: victimRef only. */
@Injectable()
export class IdentificationRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Records the identification for `caseId` unless it was recorded before. The primary key makes
   * this the single point where a redelivered or concurrent duplicate is recognised: it waits for
   * the first writer to commit, then inserts nothing. Returns whether this call recorded it.
   * `unitId` is the identifying unit, whose officers may then see the case's stage.
   */
  async claim(link: Omit<IdentificationLink, 'erased'>, unitId: string): Promise<boolean> {
    const inserted = await rows(
      this.tx.manager,
      `INSERT INTO identifications (identification_id, case_id, victim_ref, region, cercle, identified_at, linked_at, unit_id)
       VALUES (:identificationId, :caseId, :victimRef, :region, :cercle, :identifiedAt, :linkedAt, :unitId)
       ON CONFLICT (identification_id) DO NOTHING RETURNING 1`,
      { ...link, unitId },
    );
    return inserted.length === 1;
  }

  async find(identificationId: string): Promise<IdentificationLink | undefined> {
    const row = await firstRow<LinkRow>(this.tx.manager, `${SELECT} WHERE i.identification_id = :identificationId`, { identificationId });
    return row && toLink(row);
  }

  async ofCases(caseIds: string[]): Promise<IdentificationLink[]> {
    if (!caseIds.length) return [];
    const found = await rows<LinkRow>(this.tx.manager, `${SELECT} WHERE i.case_id IN (:...caseIds) ORDER BY i.linked_at, i.identification_id`, { caseIds });
    return found.map(toLink);
  }

  /** Intake corrected where the person was identified. */
  async relocate(identificationId: string, region: Region, cercle: string | null): Promise<void> {
    await rows(this.tx.manager, `UPDATE identifications SET region = :region, cercle = :cercle WHERE identification_id = :identificationId`, {
      identificationId,
      region,
      cercle,
    });
  }

  async relink(identificationId: string, caseId: string, linkedAt: Date): Promise<void> {
    await rows(this.tx.manager, `UPDATE identifications SET case_id = :caseId, linked_at = :linkedAt WHERE identification_id = :identificationId`, {
      identificationId,
      caseId,
      linkedAt,
    });
  }

  /** Moves every identification of one case to another; returns those moved. */
  async moveAll(fromCaseId: string, toCaseId: string, linkedAt: Date): Promise<IdentificationLink[]> {
    const moved = await this.ofCases([fromCaseId]);
    await rows(this.tx.manager, `UPDATE identifications SET case_id = :toCaseId, linked_at = :linkedAt WHERE case_id = :fromCaseId`, {
      fromCaseId,
      toCaseId,
      linkedAt,
    });
    return moved.map((m) => ({ ...m, caseId: toCaseId, linkedAt }));
  }
}

function toLink(row: LinkRow): IdentificationLink {
  return {
    identificationId: row.identification_id,
    caseId: row.case_id,
    victimRef: row.victim_ref,
    region: row.region,
    cercle: row.cercle,
    identifiedAt: row.identified_at,
    linkedAt: row.linked_at,
    erased: row.erased,
  };
}

/** Distinct victimRefs in link order: what events and views call a case's victims. */
export function victimRefsOf(links: IdentificationLink[]): string[] {
  return [...new Set(links.map((l) => l.victimRef))];
}
