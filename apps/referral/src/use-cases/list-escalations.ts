import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { EscalationFilter, EscalationRepository } from '../persistence/escalation.repository';
import { Page, Slice } from '../persistence/referral.repository';
import { EscalationView, escalationView } from './shared/views';

/** The coordinator's work list: needs that missed a deadline, were declined, or found no agency. */
@Injectable()
export class ListEscalations {
  constructor(
    private readonly tx: TransactionHost,
    private readonly escalations: EscalationRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, filter: EscalationFilter, page: Page): Promise<Slice<EscalationView>> {
    return this.tx.run(async (manager) => {
      const result = await this.escalations.list(filter, page);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'escalation.list',
        resourceType: 'escalation',
        resourceId: 'all',
        outcome: 'success',
        details: { cause: filter.cause ?? null, need: filter.need ?? null, region: filter.region ?? null, after: page.after?.id ?? null, returned: result.items.map((e) => e.id) },
      });
      return { ...result, items: result.items.map(escalationView) };
    });
  }
}
