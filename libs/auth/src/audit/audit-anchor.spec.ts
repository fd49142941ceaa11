import { anchorKeyFromEnv, anchorMacValid, signAnchor } from './audit-anchor';

describe('audit anchors', () => {
  const key = { id: 'k1', secret: Buffer.alloc(32, 7) };
  const head = { database: 'relais', schema: 'intake', seq: 42, hash: 'a'.repeat(64), at: '2026-12-07T10:00:00.000Z' };

  it('verify with the key that signed them, and not once any field is changed', () => {
    const anchor = signAnchor(head, key);
    expect(anchorMacValid(anchor, key)).toBe(true);
    for (const changed of [{ seq: 41 }, { hash: 'b'.repeat(64) }, { schema: 'referral' }, { database: 'other' }, { at: '2026-12-07T10:00:01.000Z' }]) {
      expect(anchorMacValid({ ...anchor, ...changed }, key)).toBe(false);
    }
    expect(anchorMacValid(anchor, { id: 'k1', secret: Buffer.alloc(32, 8) })).toBe(false);
    expect(anchorMacValid(anchor, { ...key, id: 'k2' })).toBe(false);
  });

  it('take their key from AUDIT_ANCHOR_KEY, refuse a short or malformed one, and refuse to start in production without it', async () => {
    const secret = Buffer.alloc(32, 1).toString('base64');
    expect(await anchorKeyFromEnv({ AUDIT_ANCHOR_KEY: `prod-1:${secret}` })).toEqual({ id: 'prod-1', secret: Buffer.alloc(32, 1) });
    await expect(anchorKeyFromEnv({ AUDIT_ANCHOR_KEY: `prod-1:${Buffer.alloc(16).toString('base64')}` })).rejects.toThrow(/at least 32 bytes/);
    await expect(anchorKeyFromEnv({ AUDIT_ANCHOR_KEY: secret })).rejects.toThrow(/AUDIT_ANCHOR_KEY must be/);
    await expect(anchorKeyFromEnv({ NODE_ENV: 'production' })).rejects.toThrow(/AUDIT_ANCHOR_KEY must be set when NODE_ENV=production/);
  });
});
