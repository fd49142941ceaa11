import { ConfigurationError } from '@relais/platform';
import { loadStatisticsConfig } from './statistics.config';

describe('statistics configuration', () => {
  it('runs locally with no settings at all', () => {
    expect(loadStatisticsConfig({})).toMatchObject({ PORT: 3005, DISCLOSURE_THRESHOLD: 5 });
  });

  it('refuses vault keys in production, all in one message, and ignores them elsewhere', () => {
    const vault = { VAULT_MASTER_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`, VAULT_ACTIVE_KEY_ID: 'k1', VAULT_BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64') };
    let error: ConfigurationError | undefined;
    try {
      loadStatisticsConfig({ NODE_ENV: 'production', ...vault });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error?.problems.map((p) => p.split(':')[0]).sort()).toEqual(['VAULT_ACTIVE_KEY_ID', 'VAULT_BLIND_INDEX_KEY', 'VAULT_MASTER_KEYS']);
    expect(error?.message).toMatch(/must not be given to statistics \(only intake and prosecution hold vault keys/);
    expect(error?.message).not.toContain(Buffer.alloc(32, 1).toString('base64'));
    expect(() => loadStatisticsConfig({ ...vault })).not.toThrow();
  });
});
