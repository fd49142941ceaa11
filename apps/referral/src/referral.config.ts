import { loadConfig, ServiceConfig } from '@relais/platform';

export class ReferralConfig extends ServiceConfig {
  override PORT = 3002;
}

export function loadReferralConfig(env: NodeJS.ProcessEnv = process.env): ReferralConfig {
  return loadConfig('referral', ReferralConfig, {}, env);
}
