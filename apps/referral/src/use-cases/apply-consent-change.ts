import { Injectable } from '@nestjs/common';
import { ConsentChangedV1 } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { applyConsentChange, referralStillAllowed } from '../domain/identification';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { ReferralRouter, SYSTEM_ACTOR } from './shared/referral-router';
import { SystemCloser } from './shared/system-closer';

export interface ConsentChangeResult {
  closed: string[];
  created: string[];
}

/**
 * `intake.consent-changed.v1`: a withdrawal (or consent to referral refused) closes the open
 * referrals consent no longer covers, with outcome `consentWithdrawn`; a child's child-protection
 * referral and an urgent medical one stay, as they never needed consent. Consent given (again)
 * routes the needs it now covers. Both follow the newest consent known, whatever the order of
 * arrival, so a late event changes nothing.
 */
@Injectable()
export class ApplyConsentChange {
  constructor(
    private readonly tx: TransactionHost,
    private readonly identifications: IdentificationRepository,
    private readonly referrals: ReferralRepository,
    private readonly router: ReferralRouter,
    private readonly closer: SystemCloser,
    private readonly audit: AuditTrail,
  ) {}

  execute(event: ConsentChangedV1, now = new Date()): Promise<ConsentChangeResult> {
    return this.tx.run(async (manager) => {
      const before = await this.identifications.lockOrCreate(event.identificationId, event.victimRef);
      const state = applyConsentChange(before, event);
      await this.identifications.save(state, now);
      const closed: string[] = [];
      if (state.identifiedAt) {
        for (const referral of await this.referrals.openForUpdate([state.identificationId])) {
          if (referralStillAllowed(state, referral)) continue;
          await this.closer.close(manager, referral, 'consentWithdrawn', now);
          closed.push(referral.id);
        }
      }
      const created = await this.router.routeOutstanding(manager, state, now, SYSTEM_ACTOR);
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'consent.apply',
        resourceType: 'identification',
        resourceId: event.identificationId,
        outcome: 'success',
        details: { applied: state !== before, withdrawn: event.consent.withdrawn, referral: event.consent.referral, closed, created: created.map((r) => r.id) },
      });
      return { closed, created: created.map((r) => r.id) };
    });
  }
}
