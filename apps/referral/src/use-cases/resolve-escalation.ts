import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { resolve, ResolveCommand } from '../domain/escalation';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { EscalationRepository } from '../persistence/escalation.repository';
import { EscalationView, escalationView } from './shared/views';

/**
 * The coordinator closes an escalation that needs no new referral. No event: statistics count
 * escalations when they happen (referral.escalated), and no agency is to be told.
 */
@Injectable()
export class ResolveEscalation {
  constructor(
    private readonly tx: TransactionHost,
    private readonly escalations: EscalationRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string, command: ResolveCommand, now = new Date()): Promise<EscalationView> {
    return this.tx.run(async (manager) => {
      const current = await this.escalations.findForUpdate(id);
      if (!current) throw new ReferralException(ReferralErrorCode.EscalationNotFound, { id });
      const { escalation, replayed } = resolve(current, command, principal.sub, now);
      if (!replayed) {
        await this.escalations.resolve(escalation);
        // The note stays out of the trail: it is free text, and the trail is never erased.
        await this.audit.append(manager, {
          actor: principal.sub,
          action: 'escalation.resolve',
          resourceType: 'escalation',
          resourceId: id,
          outcome: 'success',
          details: { victimRef: escalation.victimRef, resolution: command.code, version: escalation.version },
        });
      }
      return escalationView(escalation);
    });
  }
}
