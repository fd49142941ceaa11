import { Injectable } from '@nestjs/common';
import { Need, OrganisationType, Region } from '@relais/contracts';
import { run, runFirst, TransactionHost } from '@relais/persistence';
import { Selectable, Updateable } from 'kysely';
import { Agency, Coverage, NATIONAL } from '../domain/agency';
import { DB } from './schema.generated';
import { db } from './sql';

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
    let query = db.selectFrom('agencies').selectAll();
    const { region, need } = filter;
    if (region != null) query = query.where((eb) => eb.or([eb(eb.val<Coverage>(region), '=', eb.fn.any('regions')), eb(eb.val(NATIONAL), '=', eb.fn.any('regions'))]));
    if (need != null) query = query.where((eb) => eb(eb.val(need), '=', eb.fn.any('services')));
    if (filter.type != null) query = query.where('type', '=', filter.type);
    if (filter.active != null) query = query.where('active', '=', filter.active);
    const rows = await run(this.tx.manager, query.orderBy('id'));
    return rows.map(toAgency);
  }

  async find(id: string): Promise<Agency | null> {
    const row = await runFirst(this.tx.manager, db.selectFrom('agencies').selectAll().where('id', '=', id));
    return row ? toAgency(row) : null;
  }

  async findForUpdate(id: string): Promise<Agency | null> {
    const row = await runFirst(this.tx.manager, db.selectFrom('agencies').selectAll().where('id', '=', id).forUpdate());
    return row ? toAgency(row) : null;
  }

  /** False when the id is taken: agency ids are chosen by the client and never reused. */
  async insert(agency: Agency): Promise<boolean> {
    const rows = await run(
      this.tx.manager,
      db
        .insertInto('agencies')
        .values({ id: agency.id, ...columns(agency), created_at: agency.createdAt, updated_at: agency.updatedAt })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id'),
    );
    return rows.length === 1;
  }

  /** Writes a change made under `findForUpdate`; the version guard catches a caller that skipped the lock. */
  async update(agency: Agency, previousVersion: number): Promise<void> {
    const updated = await run(
      this.tx.manager,
      db
        .updateTable('agencies')
        .set({ ...columns(agency), updated_at: agency.updatedAt })
        .where('id', '=', agency.id)
        .where('version', '=', previousVersion)
        .returning('id'),
    );
    if (updated.length !== 1) throw new Error(`agency ${agency.id} changed under a lock`);
  }

  /** Takes one bed if one is free; the row's CHECK makes "below zero" impossible even for a buggy caller. */
  async takeBed(id: string, now: Date): Promise<boolean> {
    const taken = await run(
      this.tx.manager,
      db
        .updateTable('agencies')
        .set((eb) => ({ beds_available: eb('beds_available', '-', 1), version: eb('version', '+', 1), updated_at: now }))
        .where('id', '=', id)
        .where('beds_available', '>', 0)
        .returning('id'),
    );
    return taken.length === 1;
  }

  /** Gives a bed back; never more free beds than the agency has (its capacity may have been lowered meanwhile). */
  async returnBed(id: string, now: Date): Promise<void> {
    await run(
      this.tx.manager,
      db
        .updateTable('agencies')
        .set((eb) => ({
          beds_available: eb.fn<number>('least', ['beds', eb('beds_available', '+', 1)]),
          version: eb('version', '+', 1),
          updated_at: now,
        }))
        .where('id', '=', id)
        .where('beds', 'is not', null),
    );
  }
}

/** The columns an insert and an update both write. */
function columns(a: Agency) {
  return {
    name: a.name,
    type: a.type,
    services: a.services,
    regions: a.regions,
    accepts_minors: a.accepts.minors,
    accepts_adults: a.accepts.adults,
    accepts_sexes: a.accepts.sexes,
    languages: a.languages,
    beds: a.capacity?.beds ?? null,
    beds_available: a.capacity?.available ?? null,
    active: a.active,
    demo: a.demo,
    version: a.version,
  } satisfies Omit<Updateable<DB['agencies']>, 'id' | 'created_at' | 'updated_at'>;
}

function toAgency(row: Selectable<DB['agencies']>): Agency {
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
