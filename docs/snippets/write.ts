// The guide's "A write, end to end" (docs/ENGINEERING.md): apps/referral/src/use-cases/accept-referral.ts
// without the shelter's bed, and spelled out where the real one takes its dependencies, the event
// and the audit record from use-cases/shared/agency-act.ts (shared with close-referral.ts). Compiled
// against the real code so the guide cannot show an API that does not exist.
// tools/test/engineering-guide.spec.ts keeps the guide's block equal to the region.
import { Injectable } from '@nestjs/common';
import { ReferralAccepted } from '@relais/contracts';
import { AuditTrail, Principal } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { accept } from '../../apps/referral/src/domain/referral';
import { ReferralRepository } from '../../apps/referral/src/persistence/referral.repository';
import { referralToActOn } from '../../apps/referral/src/use-cases/shared/access';
import { acceptedEvent } from '../../apps/referral/src/use-cases/shared/referral-events';
import { ReferralView, referralView } from '../../apps/referral/src/use-cases/shared/views';

// #region write
@Injectable()
export class AcceptReferral {
  constructor(
    private readonly tx: TransactionHost,
    private readonly referrals: ReferralRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string, version: number, now = new Date()): Promise<ReferralView> {
    return this.tx.run(async (manager) => {
      // Scoped in the query and locked: a referral of another agency is not found, exactly like a missing one.
      const referral = await referralToActOn(this.referrals, principal, id);
      const next = accept(referral, version, now, false); // pure domain rule; throws on a stale version
      await this.referrals.update(next, referral.version); // joins the transaction through tx.manager
      await this.outbox.emit(manager, ReferralAccepted, acceptedEvent(next)); // same transaction
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'referral.accept',
        resourceType: 'referral',
        resourceId: id,
        outcome: 'success',
      });
      return referralView(next);
    });
  }
}
// #endregion
