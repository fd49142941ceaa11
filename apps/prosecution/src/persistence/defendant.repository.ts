import { Injectable } from '@nestjs/common';
import { Sex } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { CustodyStatus } from '../domain/defendant';
import { Instance } from '../domain/judgment';
import { affected, firstRow, rows } from './sql';

export interface DefendantRecord {
  id: string;
  caseId: string;
  identitySealed: Buffer;
  sex: Sex;
  nationality: string | null;
  role: string | null;
  custody: CustodyStatus;
  addedAt: Date;
}

export interface ChargeRecord {
  id: string;
  defendantId: string;
  offence: string;
  iccs: string;
  law: string;
  vocabularyVersion: string;
  chargedAt: Date;
}

export interface DefendantWithCharges extends Omit<DefendantRecord, 'identitySealed'> {
  charges: ChargeRecord[];
  judgedAt: Instance[];
}

interface DefendantRow {
  id: string;
  case_id: string;
  identity_sealed: Buffer;
  sex: Sex;
  nationality: string | null;
  role: string | null;
  custody: CustodyStatus;
  added_at: Date;
}

interface ChargeRow {
  id: string;
  defendant_id: string;
  offence: string;
  iccs: string;
  law: string;
  vocabulary_version: string;
  charged_at: Date;
}

/** Defendants and their charges. Identities are stored only as vault ciphertext. */
@Injectable()
export class DefendantRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(d: DefendantRecord, recordedBy: string): Promise<void> {
    await rows(
      this.tx.manager,
      `INSERT INTO defendants (id, case_id, identity_sealed, sex, nationality, role, custody, added_at, recorded_by)
       VALUES (:id, :caseId, :identitySealed, :sex, :nationality, :role, :custody, :addedAt, :recordedBy)`,
      { ...d, recordedBy },
    );
  }

  async find(caseId: string, id: string): Promise<DefendantRecord | undefined> {
    const row = await firstRow<DefendantRow>(
      this.tx.manager,
      `SELECT id, case_id, identity_sealed, sex, nationality, role, custody, added_at FROM defendants WHERE id = :id AND case_id = :caseId`,
      { id, caseId },
    );
    return row && toDefendant(row);
  }

  /** The case's defendants without their identity, each with charges and the instances already judged. */
  async ofCase(caseId: string): Promise<DefendantWithCharges[]> {
    const defendants = await rows<DefendantRow & { judged_at: string[] }>(
      this.tx.manager,
      `SELECT d.id, d.case_id, d.sex, d.nationality, d.role, d.custody, d.added_at,
              COALESCE(array_agg(v.instance ORDER BY v.instance) FILTER (WHERE v.instance IS NOT NULL), '{}') AS judged_at
         FROM defendants d LEFT JOIN verdicts v ON v.defendant_id = d.id
        WHERE d.case_id = :caseId GROUP BY d.id ORDER BY d.added_at, d.id`,
      { caseId },
    );
    const charges = await this.chargesOf(defendants.map((d) => d.id));
    return defendants.map((row) => {
      const { identitySealed: _omitted, ...rest } = toDefendant(row);
      return { ...rest, charges: charges.filter((c) => c.defendantId === row.id), judgedAt: row.judged_at as Instance[] };
    });
  }

  async chargesOf(defendantIds: string[]): Promise<ChargeRecord[]> {
    if (!defendantIds.length) return [];
    const found = await rows<ChargeRow>(
      this.tx.manager,
      `SELECT id, defendant_id, offence, iccs, law, vocabulary_version, charged_at FROM charges
        WHERE defendant_id IN (:...defendantIds) ORDER BY charged_at, id`,
      { defendantIds },
    );
    return found.map((r) => ({
      id: r.id,
      defendantId: r.defendant_id,
      offence: r.offence,
      iccs: r.iccs,
      law: r.law,
      vocabularyVersion: r.vocabulary_version,
      chargedAt: r.charged_at,
    }));
  }

  async insertCharge(charge: ChargeRecord, recordedBy: string): Promise<void> {
    await rows(
      this.tx.manager,
      `INSERT INTO charges (id, defendant_id, offence, iccs, law, vocabulary_version, charged_at, recorded_by)
       VALUES (:id, :defendantId, :offence, :iccs, :law, :vocabularyVersion, :chargedAt, :recordedBy)`,
      { ...charge, recordedBy },
    );
  }

  /** Charged defendants of the case that have no first-instance verdict yet. */
  async countAwaitingVerdict(caseId: string): Promise<number> {
    const row = await firstRow<{ n: string }>(
      this.tx.manager,
      `SELECT count(*) AS n FROM defendants d
        WHERE d.case_id = :caseId
          AND EXISTS (SELECT 1 FROM charges c WHERE c.defendant_id = d.id)
          AND NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.defendant_id = d.id AND v.instance = 'first')`,
      { caseId },
    );
    return Number(row?.n ?? 0);
  }

  async moveAll(fromCaseId: string, toCaseId: string): Promise<number> {
    return affected(this.tx.manager, `UPDATE defendants SET case_id = :toCaseId WHERE case_id = :fromCaseId`, { fromCaseId, toCaseId });
  }
}

function toDefendant(row: DefendantRow): DefendantRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    identitySealed: row.identity_sealed,
    sex: row.sex,
    nationality: row.nationality,
    role: row.role,
    custody: row.custody,
    addedAt: row.added_at,
  };
}
