import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail, Principal, queryRows } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { PersonAuditEntryDto, PersonAuditListDto } from './audit-read.dto';
import { PERSON_AUDIT_RESOURCES, PersonAuditResources } from './person-resources';

const MAX_ROWS = 1000;

interface Row {
  seq: string | null;
  at: Date;
  actor: string;
  action: string;
  resource_type: string;
  resource_id: string;
  outcome: PersonAuditEntryDto['outcome'];
  details: Record<string, unknown> | null;
}

// Entries record the caller's organisation under different names depending on the act.
const ORGANISATION_KEYS = ['agencyId', 'officeId', 'unitId', 'scope', 'region'] as const;

function organisationOf(details: Record<string, unknown> | null): string | null {
  for (const key of ORGANISATION_KEYS) if (typeof details?.[key] === 'string') return details[key] as string;
  return null;
}

/**
 * The read's query, `$1` the victimRef. `= ANY(ARRAY(…))` rather than `IN (…)`: the ids are
 * computed once and looked up in audit_log_resource_id_idx, where an IN subquery inside an OR
 * is a filter the planner can only apply row by row to a full scan of the trail.
 */
export function personAuditSql(idsSql: string): string {
  return `SELECT seq, at, actor, action, resource_type, resource_id, outcome, details
            FROM audit_log
           WHERE resource_id = $1 OR details->>'victimRef' = $1 OR resource_id = ANY(ARRAY(${idsSql}))
           ORDER BY at, id
           LIMIT ${MAX_ROWS + 1}`;
}

/**
 * Who read, or tried to read, one person's file in this service: the data protection officer
 * answers a survivor's, guardian's or lawyer's request with it. Reading the trail is itself an
 * audited act.
 */
@Injectable()
export class ReadPersonAudit {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditTrail,
    @Inject(PERSON_AUDIT_RESOURCES) private readonly resources: PersonAuditResources,
  ) {}

  async execute(principal: Principal, victimRef: string): Promise<PersonAuditListDto> {
    return this.tx.run(async (manager) => {
      const rows = await queryRows<Row>(manager, personAuditSql(this.resources.idsSql), [victimRef]);
      await this.audit.append(manager, { actor: principal.sub, action: 'audit.read', resourceType: 'person', resourceId: victimRef, outcome: 'success', details: { rows: Math.min(rows.length, MAX_ROWS) } });
      return {
        service: this.resources.service,
        truncated: rows.length > MAX_ROWS,
        items: rows.slice(0, MAX_ROWS).map((r) => ({
          seq: r.seq === null ? null : Number(r.seq),
          at: new Date(r.at).toISOString(),
          actor: r.actor,
          organisation: organisationOf(r.details),
          basis: typeof r.details?.basis === 'string' ? r.details.basis : null,
          action: r.action,
          resourceType: r.resource_type,
          resourceId: r.resource_id,
          outcome: r.outcome,
        })),
      };
    });
  }
}
