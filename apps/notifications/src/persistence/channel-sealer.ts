import { createHmac, hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { MasterKeyring, open, seal, vaultKeysFromEnv } from '@relais/vault';
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
 * CHANNELS_ENCRYPTION_KEYS; in development they are derived (HKDF, own label) from the local vault
 * master key, so no key is ever used for two purposes.
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

function developmentKeyring(): MasterKeyring {
  const vault = vaultKeysFromEnv().keyring.active;
  return new MasterKeyring([{ id: `dev-${vault.id}`, key: derive(vault.key, 'relais.notifications.channels') }], `dev-${vault.id}`);
}

function derive(key: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), label, 32));
}
