import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';
import { RoutingRules, RoutingRulesVersion } from '../domain/routing-rules';

interface RulesRow {
  version: number;
  rules: RoutingRules;
  source: string;
  created_by: string;
  created_at: Date;
}

export type RulesVersionSummary = Omit<RoutingRulesVersion, 'rules'>;

/** Versions are immutable: editing appends the next one, and referrals name the version they used. */
@Injectable()
export class RoutingRulesRepository {
  constructor(private readonly tx: TransactionHost) {}

  async current(): Promise<RoutingRulesVersion | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM routing_rules ORDER BY version DESC LIMIT 1`);
    return row ? toVersion(row) : null;
  }

  async byVersion(version: number): Promise<RoutingRulesVersion | null> {
    const [row] = await this.tx.manager.query(`SELECT * FROM routing_rules WHERE version = $1`, [version]);
    return row ? toVersion(row) : null;
  }

  async list(): Promise<RulesVersionSummary[]> {
    const rows: RulesRow[] = await this.tx.manager.query(
      `SELECT version, source, created_by, created_at FROM routing_rules ORDER BY version DESC`,
    );
    return rows.map((r) => ({ version: r.version, source: r.source, createdBy: r.created_by, createdAt: r.created_at }));
  }

  /**
   * Locks the head of the version list for the rest of the transaction and says which version it
   * is. Concurrent editors serialise here, so the second learns that the version it edited is no
   * longer current instead of silently overwriting the first.
   */
  async lockHead(): Promise<number> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('relais.referral.routing_rules'))`);
    const [{ head }] = await this.tx.manager.query(`SELECT COALESCE(max(version), 0)::int AS head FROM routing_rules`);
    return head;
  }

  /** Call under `lockHead`, with the version after it. */
  async insert(version: number, rules: RoutingRules, source: string, createdBy: string, now: Date): Promise<RoutingRulesVersion> {
    const [row] = await this.tx.manager.query(
      `INSERT INTO routing_rules (version, rules, source, created_by, created_at) VALUES ($1, $2::jsonb, $3, $4, $5) RETURNING *`,
      [version, JSON.stringify(rules), source, createdBy, now],
    );
    return toVersion(row);
  }
}

function toVersion(row: RulesRow): RoutingRulesVersion {
  return { version: row.version, rules: row.rules, source: row.source, createdBy: row.created_by, createdAt: row.created_at };
}
