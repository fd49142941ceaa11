import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ROOT_LOGGER, SERVICE_CONFIG } from '@relais/platform';
import { Logger } from 'pino';
import { ReferralConfig } from '../referral.config';
import { EscalateOverdueReferrals } from '../use-cases/escalate-overdue-referrals';
import { loggableError } from '../use-cases/shared/loggable-error';

/**
 * Sweeps overdue referrals every DEADLINE_CHECK_INTERVAL_MS. The deadlines themselves live in the
 * database, so a restart loses none and a referral that fell due while the service was down is
 * escalated at the first sweep; several instances may sweep at once (see EscalateOverdueReferrals).
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private started = false;
  private stopped = false;

  constructor(
    private readonly escalate: EscalateOverdueReferrals,
    @Inject(SERVICE_CONFIG) private readonly config: ReferralConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    // Nest runs bootstrap hooks for the HTTP app and again for the event transport attached to it.
    if (this.started || !this.config.DEADLINE_SCHEDULER_ENABLED) return;
    this.started = true;
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.sweep().finally(() => this.schedule(this.config.DEADLINE_CHECK_INTERVAL_MS));
    }, delayMs);
  }

  private async sweep(): Promise<void> {
    try {
      const escalated = await this.escalate.execute(new Date());
      if (escalated.length) this.logger.info({ escalated: escalated.length }, 'overdue referrals escalated');
    } catch (error) {
      this.logger.error({ error: loggableError(error) }, 'deadline sweep failed; trying again at the next interval');
    }
  }
}
