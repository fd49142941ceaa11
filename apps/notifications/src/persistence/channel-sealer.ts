import { createHmac, hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { existingLocalSecret, MasterKeyring, open, seal, localSecret } from '@relais/vault';
import { RecipientRef, recipientKey } from '../domain/recipients';
import { NotificationsConfig } from '../notifications.config';

/** What is kept sealed for a recipient: its contacts and the webhook secret. */
export interface SealedContacts {
  emails: string[];
  phones: string[];
  webhookSecret?: string;
}

/**
 * Encrypts recipients' contacts and webhook secrets at rest (AES-256-GCM from @relais/vault), bound
 * to the recipient so a blob copied onto another recipient does not open. Keys come from
 * CHANNELS_ENCRYPTION_KEYS; in development from a key of notifications' own under .relais/keys.
 * Notifications holds no vault key: a compromise of it cannot open intake's or prosecution's data.
 */
@Injectable()
export class ChannelSealer {
  private readonly keyring: MasterKeyring;
  private readonly targetKey: Buffer;

  constructor(@Inject(SERVICE_CONFIG) config: NotificationsConfig) {
    this.keyring = config.CHANNELS_ENCRYPTION_KEYS ? MasterKeyring.parse(config.CHANNELS_ENCRYPTION_KEYS) : developmentKeyring();
    this.targetKey = derive(this.keyring.active.key, 'relais.notifications.delivery-targets');
  }

  seal(recipient: RecipientRef, contacts: SealedContacts): { sealed: Buffer; keyId: string } {
    const { id, key } = this.keyring.active;
    return { sealed: seal(key, Buffer.from(JSON.stringify(contacts), 'utf8'), context(recipient)), keyId: id };
  }

  open(recipient: RecipientRef, sealed: Buffer, keyId: string): SealedContacts {
    return JSON.parse(open(this.keyring.get(keyId), sealed, context(recipient)).toString('utf8')) as SealedContacts;
  }

  /**
   * A keyed digest naming one address or number a delivery already reached, so a retry skips it
   * without the deliveries table holding the address itself.
   */
  targetDigest(target: string): string {
    return createHmac('sha256', this.targetKey).update(target).digest('hex').slice(0, 32);
  }
}

function context(recipient: RecipientRef): string {
  return `relais.notifications.recipient:${recipientKey(recipient)}`;
}

/** The id development channels were always sealed under, kept so that they still open. */
const DEV_KEY_ID = 'dev-local-1';

export function developmentKeyring(): MasterKeyring {
  return new MasterKeyring([{ id: DEV_KEY_ID, key: localSecret('notifications-channels.key', 32, undefined, keyOfOlderChannels) }], DEV_KEY_ID);
}

/**
 * Development channels were once sealed under a key derived from the shared development vault
 * master key. Where that file exists, notifications' own key file starts as that same derived key,
 * once, so those channels still open; from then on notifications never reads a vault key.
 */
function keyOfOlderChannels(): Buffer | undefined {
  const sharedMaster = existingLocalSecret('vault-master-local-1.key');
  return sharedMaster && derive(sharedMaster, 'relais.notifications.channels');
}

function derive(key: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), label, 32));
}
