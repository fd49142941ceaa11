import { createHash } from 'node:crypto';

export interface MasterKey {
  id: string;
  key: Buffer;
}

/**
 * The master keys that wrap every person's data key. Several may be configured so the active one
 * can rotate: new data keys are wrapped with the active key; older ones unwrap with theirs until
 * re-wrapped. In production the keys come from a KMS or secret store, never from the repository.
 */
export class MasterKeyring {
  private readonly keys: Map<string, Buffer>;

  constructor(
    keys: MasterKey[],
    readonly activeId: string,
  ) {
    this.keys = new Map(keys.map((k) => [k.id, k.key]));
    for (const k of keys) if (k.key.length !== 32) throw new Error(`vault master key ${k.id} must be 32 bytes`);
    if (!this.keys.has(activeId)) throw new Error(`vault active key ${activeId} is not among the configured keys`);
  }

  /** `VAULT_MASTER_KEYS="<id>:<base64 32 bytes>[,<id>:<base64>…]"` */
  static parse(spec: string, activeId?: string): MasterKeyring {
    const keys = spec.split(',').map((entry) => {
      const [id, material] = entry.trim().split(':');
      if (!id || !material || !/^[A-Za-z0-9._-]{1,40}$/.test(id)) throw new Error('VAULT_MASTER_KEYS must be "<id>:<base64 key>[,…]"');
      return { id, key: Buffer.from(material, 'base64') };
    });
    return new MasterKeyring(keys, activeId ?? keys[0].id);
  }

  get ids(): string[] {
    return [...this.keys.keys()];
  }

  get active(): MasterKey {
    return { id: this.activeId, key: this.get(this.activeId) };
  }

  get(id: string): Buffer {
    const key = this.keys.get(id);
    if (!key) throw new Error(`vault master key ${id} is not configured`);
    return key;
  }

  /** A fingerprint to log which key is in use without revealing it. */
  fingerprint(id = this.activeId): string {
    return createHash('sha256').update(this.get(id)).digest('hex').slice(0, 12);
  }
}
