import { ConfigurationError } from '@relais/platform';
import { loadReferralConfig } from './referral.config';

describe('referral configuration', () => {
  it('runs locally with no settings at all', () => {
    const config = loadReferralConfig({});
    expect(config).toMatchObject({ PORT: 3002, DEADLINE_CHECK_INTERVAL_MS: 30_000, DEADLINE_BATCH_SIZE: 500, DEADLINE_SCHEDULER_ENABLED: true });
    expect(config.loadDemoDirectory).toBe(true);
  });

  it('loads the demo directory outside production only, unless told otherwise', () => {
    expect(loadReferralConfig({ NODE_ENV: 'production' }).loadDemoDirectory).toBe(false);
    expect(loadReferralConfig({ NODE_ENV: 'production', LOAD_DEMO_DIRECTORY: 'true' }).loadDemoDirectory).toBe(true);
    expect(loadReferralConfig({ LOAD_DEMO_DIRECTORY: 'false' }).loadDemoDirectory).toBe(false);
  });

  it('refuses nonsense with every problem named', () => {
    const attempt = () => loadReferralConfig({ LOAD_DEMO_DIRECTORY: 'yes', DEADLINE_CHECK_INTERVAL_MS: '5', DEADLINE_SCHEDULER_ENABLED: 'maybe' });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(/LOAD_DEMO_DIRECTORY[\s\S]*DEADLINE_CHECK_INTERVAL_MS[\s\S]*DEADLINE_SCHEDULER_ENABLED/);
  });
});
