import { Injectable } from '@nestjs/common';
import { DeclineReason, ReferralDeclined } from '@relais/contracts';
import { AuditTrail, Principal } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { decline } from '../domain/referral';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { referralActionScope } from './shared/access';
import { declinedEvent } from './shared/referral-events';
import { ReferralRouter } from './shared/referral-router';
import { ReferralView, referralView } from './shared/views';

export interface DeclineCommand {
  version: number;
  reason: DeclineReason;
  /** Stays in this service: never in an event, an audit record or a log. */
  note: string | null;
}

/** The agency cannot help: the need goes at once to the next candidate, and the coordinator hears of it. */
@Injectable()
export class DeclineReferral {
  constructor(
    private readonly tx: TransactionHost,
    private readonly referrals: ReferralRepository,
    private readonly identifications: IdentificationRepository,
    private readonly router: ReferralRouter,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string, command: DeclineCommand, now = new Date()): Promise<ReferralView> {
    return this.tx.run(async (manager) => {
      const scope = referralActionScope(principal);
      const seen = await this.referrals.findScoped(scope, id);
      if (!seen) throw new ReferralException(ReferralErrorCode.ReferralNotFound, { id });
      // Identification first, then referral: the order every path that re-routes takes.
      const state = await this.identifications.lock(seen.identificationId);
      const referral = await this.referrals.findScopedForUpdate(scope, id);
      if (!state || !referral) throw new ReferralException(ReferralErrorCode.ReferralNotFound, { id });
      const next = decline(referral, command.version, now, command.reason, command.note);
      await this.referrals.update(next, referral.version);
      await this.outbox.emit(manager, ReferralDeclined, declinedEvent(next));
      const rerouted = await this.router.reroute(manager, next, 'declined', state, now, principal.sub);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'referral.decline',
        resourceType: 'referral',
        resourceId: id,
        outcome: 'success',
        details: { agencyId: referral.agencyId, version: next.version, reason: command.reason, reroutedTo: rerouted.next?.id ?? null },
      });
      return referralView(next);
    });
  }
}
