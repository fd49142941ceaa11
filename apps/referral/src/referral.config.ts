import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { loadConfig, ServiceConfig } from '@relais/platform';

export class ReferralConfig extends ServiceConfig {
  override PORT = 3002;

  /**
   * Load the fictitious demo directory of Mali at start-up. Unset means "yes outside production",
   * so `npm start` has agencies to route to while a production install never gets invented ones.
   * No @Type(Boolean): that would read "no" as true; only true/false are accepted.
   */
  @IsOptional()
  @IsBoolean()
  LOAD_DEMO_DIRECTORY?: boolean;

  /** How often each instance looks for referrals whose deadline has passed. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  DEADLINE_CHECK_INTERVAL_MS = 30_000;

  /** Overdue referrals escalated per sweep at most; the next sweep takes the rest. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  DEADLINE_BATCH_SIZE = 500;

  /** Off only where another process sweeps deadlines (or a test drives the clock itself). */
  @IsBoolean()
  DEADLINE_SCHEDULER_ENABLED = true;

  get loadDemoDirectory(): boolean {
    return this.LOAD_DEMO_DIRECTORY ?? this.NODE_ENV !== 'production';
  }
}

export function loadReferralConfig(env: NodeJS.ProcessEnv = process.env): ReferralConfig {
  return loadConfig('referral', ReferralConfig, {}, env);
}
