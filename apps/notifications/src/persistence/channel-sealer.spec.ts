import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seal } from '@relais/vault';
import { loadNotificationsConfig } from '../notifications.config';
import { ChannelSealer } from './channel-sealer';

describe('ChannelSealer keys', () => {
  const recipient = { kind: 'agency', id: 'abri-segou' } as const;
  const contacts = { emails: ['accueil@abri.example'], phones: [] };
  let dir: string;
  const previous = process.env.VAULT_KEYS_DIR;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'relais-channel-keys-'));
    process.env.VAULT_KEYS_DIR = dir;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.VAULT_KEYS_DIR;
    else process.env.VAULT_KEYS_DIR = previous;
  });

  it('in development, uses a key of its own and never reads or creates a vault master key', () => {
    const sealer = new ChannelSealer(loadNotificationsConfig({}));
    const { sealed, keyId } = sealer.seal(recipient, contacts);
    expect(sealer.open(recipient, sealed, keyId)).toEqual(contacts);
    expect(existsSync(join(dir, 'notifications-channels.key'))).toBe(true);
    expect(existsSync(join(dir, 'vault-master-local-1.key'))).toBe(false);
  });

  it('still opens channels sealed under the key once derived from the shared development vault key, after that key is gone', () => {
    const sharedMaster = randomBytes(32);
    writeFileSync(join(dir, 'vault-master-local-1.key'), sharedMaster.toString('base64'));
    const olderKey = Buffer.from(hkdfSync('sha256', sharedMaster, Buffer.alloc(0), 'relais.notifications.channels', 32));
    const older = seal(olderKey, Buffer.from(JSON.stringify(contacts)), 'relais.notifications.recipient:agency:abri-segou');

    expect(new ChannelSealer(loadNotificationsConfig({})).open(recipient, older, 'dev-local-1')).toEqual(contacts);
    unlinkSync(join(dir, 'vault-master-local-1.key'));
    expect(new ChannelSealer(loadNotificationsConfig({})).open(recipient, older, 'dev-local-1')).toEqual(contacts);
  });

  it('in production, uses only CHANNELS_ENCRYPTION_KEYS', () => {
    const key = randomBytes(32);
    const sealer = new ChannelSealer(loadNotificationsConfig({ NODE_ENV: 'production', CHANNELS_ENCRYPTION_KEYS: `c1:${key.toString('base64')}` }));
    const { sealed, keyId } = sealer.seal(recipient, contacts);
    expect(keyId).toBe('c1');
    expect(() => sealer.open(recipient, sealed, 'dev-local-1')).toThrow(/not configured/);
    expect(existsSync(join(dir, 'notifications-channels.key'))).toBe(false);
  });
});
