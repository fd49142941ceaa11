import { ConfigurationError } from '@relais/platform';
import { loadNotificationsConfig } from './notifications.config';

describe('loadNotificationsConfig', () => {
  it('runs on a development machine with no settings at all', () => {
    const config = loadNotificationsConfig({});
    expect(config).toMatchObject({ PORT: 3004, SMTP_URL: 'smtp://127.0.0.1:2525', DISPATCH_ENABLED: true });
    expect(config.webhookRequiresHttps).toBe(false);
    expect(config.retryPolicy).toEqual({ baseMs: 30_000, capMs: 3_600_000, windowMs: 86_400_000 });
  });

  it('reads tiny retry values, as tests use', () => {
    const config = loadNotificationsConfig({ DELIVERY_RETRY_BASE_MS: '20', DELIVERY_RETRY_CAP_MS: '200', DELIVERY_RETRY_WINDOW_MS: '2500' });
    expect(config.retryPolicy).toEqual({ baseMs: 20, capMs: 200, windowMs: 2500 });
  });

  it('lists every bad setting, without echoing keys', () => {
    const key = 'k1:not-base64';
    const error = (() => {
      try {
        loadNotificationsConfig({ SMTP_URL: 'http://mail', SMS_GATEWAY_URL: 'gateway', DISPATCH_CONCURRENCY: '0', CHANNELS_ENCRYPTION_KEYS: key });
      } catch (e) {
        return e as ConfigurationError;
      }
    })();
    expect(error?.problems.map((p) => p.split(':')[0]).sort()).toEqual(['CHANNELS_ENCRYPTION_KEYS', 'DISPATCH_CONCURRENCY', 'SMS_GATEWAY_URL', 'SMTP_URL']);
    expect(error?.message).not.toContain('not-base64');
  });

  it('refuses to run in production without its own encryption keys', () => {
    expect(() => loadNotificationsConfig({ NODE_ENV: 'production' })).toThrow(/CHANNELS_ENCRYPTION_KEYS/);
    const key = `k1:${Buffer.alloc(32, 9).toString('base64')}`;
    expect(loadNotificationsConfig({ NODE_ENV: 'production', CHANNELS_ENCRYPTION_KEYS: key }).CHANNELS_ENCRYPTION_KEYS).toBe(key);
  });

  it('requires https webhooks in production unless told otherwise, and reads the allowed targets', () => {
    const key = `k1:${Buffer.alloc(32, 9).toString('base64')}`;
    expect(loadNotificationsConfig({ NODE_ENV: 'production', CHANNELS_ENCRYPTION_KEYS: key }).webhookRequiresHttps).toBe(true);
    expect(loadNotificationsConfig({ WEBHOOK_REQUIRE_HTTPS: 'true' }).webhookRequiresHttps).toBe(true);
    expect(loadNotificationsConfig({ WEBHOOK_ALLOWED_TARGETS: '10.20.0.0/16,192.168.4.20' }).WEBHOOK_ALLOWED_TARGETS).toBe('10.20.0.0/16,192.168.4.20');
    expect(() => loadNotificationsConfig({ WEBHOOK_ALLOWED_TARGETS: 'intranet.local' })).toThrow(/WEBHOOK_ALLOWED_TARGETS/);
    expect(() => loadNotificationsConfig({ WEBHOOK_ALLOWED_TARGETS: '10.0.0.0/40' })).toThrow(/prefix/);
  });

  it('refuses vault keys in production, all in one message, and ignores them elsewhere', () => {
    const vault = { VAULT_MASTER_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`, VAULT_ACTIVE_KEY_ID: 'k1', VAULT_BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64') };
    let error: ConfigurationError | undefined;
    try {
      loadNotificationsConfig({ NODE_ENV: 'production', ...{ CHANNELS_ENCRYPTION_KEYS: `c1:${Buffer.alloc(32, 3).toString('base64')}` }, ...vault });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error?.problems.map((p) => p.split(':')[0]).sort()).toEqual(['VAULT_ACTIVE_KEY_ID', 'VAULT_BLIND_INDEX_KEY', 'VAULT_MASTER_KEYS']);
    expect(error?.message).toMatch(/must not be given to notifications \(only intake and prosecution hold vault keys/);
    expect(error?.message).not.toContain(Buffer.alloc(32, 1).toString('base64'));
    expect(() => loadNotificationsConfig({ ...vault })).not.toThrow();
  });
});
