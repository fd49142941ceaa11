import { Injectable } from '@nestjs/common';
import { run, runFirst, TransactionHost } from '@relais/persistence';
import { Selectable } from 'kysely';
import { RoutingRules, RoutingRulesVersion } from '../domain/routing-rules';
import { DB } from './schema.generated';
import { db } from './sql';

export type RulesVersionSummary = Omit<RoutingRulesVersion, 'rules'>;

/** Versions are immutable: editing appends the next one, and referrals name the version they used. */
@Injectable()
export class RoutingRulesRepository {
  constructor(private readonly tx: TransactionHost) {}

  async current(): Promise<RoutingRulesVersion | null> {
    const row = await runFirst(this.tx.manager, db.selectFrom('routing_rules').selectAll().orderBy('version', 'desc').limit(1));
    return row ? toVersion(row) : null;
  }

  async byVersion(version: number): Promise<RoutingRulesVersion | null> {
    const row = await runFirst(this.tx.manager, db.selectFrom('routing_rules').selectAll().where('version', '=', version));
    return row ? toVersion(row) : null;
  }

  async list(): Promise<RulesVersionSummary[]> {
    const rows = await run(
      this.tx.manager,
      db.selectFrom('routing_rules').select(['version', 'source', 'created_by', 'created_at']).orderBy('version', 'desc'),
    );
    return rows.map((r) => ({ version: r.version, source: r.source, createdBy: r.created_by, createdAt: r.created_at }));
  }

  /**
   * Locks the head of the version list for the rest of the transaction and says which version it
   * is. Concurrent editors serialise here, so the second learns that the version it edited is no
   * longer current instead of silently overwriting the first. Plain SQL: an advisory lock and an
   * aggregate, nothing to map.
   */
  async lockHead(): Promise<number> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('relais.referral.routing_rules'))`);
    const [{ head }] = await this.tx.manager.query(`SELECT COALESCE(max(version), 0)::int AS head FROM routing_rules`);
    return head;
  }

  /** Call under `lockHead`, with the version after it. */
  async insert(version: number, rules: RoutingRules, source: string, createdBy: string, now: Date): Promise<RoutingRulesVersion> {
    const [row] = await run(
      this.tx.manager,
      db
        .insertInto('routing_rules')
        .values({ version, rules: JSON.stringify(rules), source, created_by: createdBy, created_at: now })
        .returningAll(),
    );
    return toVersion(row);
  }
}

function toVersion(row: Selectable<DB['routing_rules']>): RoutingRulesVersion {
  return { version: row.version, rules: row.rules, source: row.source, createdBy: row.created_by, createdAt: row.created_at };
}
