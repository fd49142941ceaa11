import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@relais/auth';
import { ROOT_LOGGER, SERVICE_CONFIG } from '@relais/platform';
import { TransactionHost } from '@relais/persistence';
import { Logger } from 'pino';
import { escalateOverdue } from '../domain/referral';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { ReferralConfig } from '../referral.config';
import { loggableError } from './shared/loggable-error';
import { ReferralRouter, SYSTEM_ACTOR } from './shared/referral-router';

type Attempt = { kind: 'none' } | { kind: 'escalated'; id: string } | { kind: 'skipped'; id: string };

/**
 * Escalates every referral whose deadline has passed by `now` and re-routes its need. The clock is
 * a parameter, so tests (and an operator replaying a stretch of time) can drive it.
 *
 * Each referral is taken in its own transaction with FOR UPDATE SKIP LOCKED: any number of
 * instances can sweep at once, each referral is escalated by exactly one of them, and one that
 * fails (or whose person is locked by other work) is left for the next sweep without holding up
 * the others.
 */
@Injectable()
export class EscalateOverdueReferrals {
  constructor(
    private readonly tx: TransactionHost,
    private readonly referrals: ReferralRepository,
    private readonly identifications: IdentificationRepository,
    private readonly router: ReferralRouter,
    private readonly audit: AuditTrail,
    @Inject(SERVICE_CONFIG) private readonly config: ReferralConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** Returns the ids of the referrals this call escalated. */
  async execute(now = new Date()): Promise<string[]> {
    const escalated: string[] = [];
    const skip: string[] = [];
    while (escalated.length + skip.length < this.config.DEADLINE_BATCH_SIZE) {
      const attempt = await this.escalateNext(now, skip);
      if (attempt.kind === 'none') break;
      if (attempt.kind === 'escalated') escalated.push(attempt.id);
      else skip.push(attempt.id);
    }
    return escalated;
  }

  private async escalateNext(now: Date, skip: string[]): Promise<Attempt> {
    let current: string | undefined;
    try {
      return await this.tx.run(async (manager): Promise<Attempt> => {
        const referral = await this.referrals.nextOverdueForUpdate(now, skip);
        if (!referral) return { kind: 'none' };
        current = referral.id;
        // We hold the referral, so waiting for the person could deadlock with work that holds the
        // person and waits for this referral; skip it instead, the next sweep takes it.
        const person = await this.identifications.tryLock(referral.identificationId);
        if (person.kind !== 'locked') return { kind: 'skipped', id: referral.id };
        const ended = escalateOverdue(referral, now);
        await this.referrals.update(ended, referral.version);
        const rerouted = await this.router.reroute(manager, ended, 'deadlineMissed', person.state, now, SYSTEM_ACTOR);
        await this.audit.append(manager, {
          actor: SYSTEM_ACTOR,
          action: 'referral.deadline-missed',
          resourceType: 'referral',
          resourceId: referral.id,
          outcome: 'success',
          details: { agencyId: referral.agencyId, status: referral.status, reroutedTo: rerouted.next?.id ?? null },
        });
        return { kind: 'escalated', id: referral.id };
      });
    } catch (error) {
      if (!current) throw error;
      this.logger.error({ error: loggableError(error), referralId: current }, 'escalating an overdue referral failed; retried at the next sweep');
      return { kind: 'skipped', id: current };
    }
  }
}
