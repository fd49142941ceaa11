import { Injectable } from '@nestjs/common';
import { Sex } from '@relais/contracts';
import { run, runFirst, TransactionHost, typedSql } from '@relais/persistence';
import { Selectable, sql } from 'kysely';
import { CustodyStatus } from '../domain/defendant';
import { Instance } from '../domain/judgment';
import { DB } from './schema.generated';

/** Typed SQL against the generated schema (docs/ENGINEERING.md, "Typed SQL"). */
const db = typedSql<DB>();

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

type DefendantRow = Pick<Selectable<DB['defendants']>, 'id' | 'case_id' | 'identity_sealed' | 'sex' | 'nationality' | 'role' | 'custody' | 'added_at'>;

/** Defendants and their charges. Identities are stored only as vault ciphertext. */
@Injectable()
export class DefendantRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(d: DefendantRecord, recordedBy: string): Promise<void> {
    await run(
      this.tx.manager,
      db.insertInto('defendants').values({
        id: d.id,
        case_id: d.caseId,
        identity_sealed: d.identitySealed,
        sex: d.sex,
        nationality: d.nationality,
        role: d.role,
        custody: d.custody,
        added_at: d.addedAt,
        recorded_by: recordedBy,
      }),
    );
  }

  async find(caseId: string, id: string): Promise<DefendantRecord | undefined> {
    const row = await runFirst(
      this.tx.manager,
      db
        .selectFrom('defendants')
        .select(['id', 'case_id', 'identity_sealed', 'sex', 'nationality', 'role', 'custody', 'added_at'])
        .where('id', '=', id)
        .where('case_id', '=', caseId),
    );
    return row && toDefendant(row);
  }

  /** The case's defendants without their identity, each with charges and the instances already judged. */
  async ofCase(caseId: string): Promise<DefendantWithCharges[]> {
    const defendants = await run(
      this.tx.manager,
      db
        .selectFrom('defendants as d')
        .leftJoin('verdicts as v', 'v.defendant_id', 'd.id')
        .select(['d.id', 'd.case_id', 'd.sex', 'd.nationality', 'd.role', 'd.custody', 'd.added_at'])
        // An aggregate the builder would only wrap: kept as SQL, its column still checked through `ref`.
        .select((eb) => sql<Instance[]>`COALESCE(array_agg(${eb.ref('v.instance')} ORDER BY ${eb.ref('v.instance')}) FILTER (WHERE ${eb.ref('v.instance')} IS NOT NULL), '{}')`.as('judged_at'))
        .where('d.case_id', '=', caseId)
        .groupBy('d.id')
        .orderBy('d.added_at')
        .orderBy('d.id'),
    );
    const charges = await this.chargesOf(defendants.map((d) => d.id));
    return defendants.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      sex: row.sex,
      nationality: row.nationality,
      role: row.role,
      custody: row.custody,
      addedAt: row.added_at,
      charges: charges.filter((c) => c.defendantId === row.id),
      judgedAt: row.judged_at,
    }));
  }

  async chargesOf(defendantIds: string[]): Promise<ChargeRecord[]> {
    if (!defendantIds.length) return [];
    const found = await run(
      this.tx.manager,
      db
        .selectFrom('charges')
        .select(['id', 'defendant_id', 'offence', 'iccs', 'law', 'vocabulary_version', 'charged_at'])
        .where('defendant_id', 'in', defendantIds)
        .orderBy('charged_at')
        .orderBy('id'),
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
    await run(
      this.tx.manager,
      db.insertInto('charges').values({
        id: charge.id,
        defendant_id: charge.defendantId,
        offence: charge.offence,
        iccs: charge.iccs,
        law: charge.law,
        vocabulary_version: charge.vocabularyVersion,
        charged_at: charge.chargedAt,
        recorded_by: recordedBy,
      }),
    );
  }

  /** Charged defendants of the case that have no first-instance verdict yet. */
  async countAwaitingVerdict(caseId: string): Promise<number> {
    const row = await runFirst(
      this.tx.manager,
      db
        .selectFrom('defendants as d')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('d.case_id', '=', caseId)
        .where(({ exists, selectFrom }) => exists(selectFrom('charges as c').select(sql`1`.as('one')).whereRef('c.defendant_id', '=', 'd.id')))
        .where(({ exists, not, selectFrom }) =>
          not(exists(selectFrom('verdicts as v').select(sql`1`.as('one')).whereRef('v.defendant_id', '=', 'd.id').where('v.instance', '=', 'first'))),
        ),
    );
    return Number(row?.n ?? 0);
  }

  async moveAll(fromCaseId: string, toCaseId: string): Promise<number> {
    const moved = await run(this.tx.manager, db.updateTable('defendants').set({ case_id: toCaseId }).where('case_id', '=', fromCaseId).returning('id'));
    return moved.length;
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
