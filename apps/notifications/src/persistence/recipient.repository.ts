import { Injectable } from '@nestjs/common';
import { Language } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { ConfiguredChannels, RecipientRef, recipientKey } from '../domain/recipients';
import { ChannelSealer } from './channel-sealer';
import { queryRows } from './sql';

/** A recipient's channels, decrypted. Only the dispatcher and the channels endpoints see this. */
export interface RecipientChannels {
  recipient: RecipientRef;
  language: Language;
  webhook?: { url: string; secret: string };
  emails: string[];
  phones: string[];
  version: number;
  updatedAt: Date;
  updatedBy: string;
}

/** Enough to route: which channels exist and in which language, without opening any secret. */
export interface ChannelSummary extends ConfiguredChannels {
  language: Language;
}

interface RecipientRow {
  kind: RecipientRef['kind'];
  id: string;
  language: Language;
  webhook_url: string | null;
  email_count: number;
  phone_count: number;
  sealed_contacts: Buffer;
  key_id: string;
  version: number;
  updated_at: Date;
  updated_by: string;
}

@Injectable()
export class RecipientRepository {
  constructor(
    private readonly tx: TransactionHost,
    private readonly sealer: ChannelSealer,
  ) {}

  async find(recipient: RecipientRef, options: { forUpdate?: boolean } = {}): Promise<RecipientChannels | undefined> {
    const [row]: RecipientRow[] = await queryRows(this.tx.manager,
      `SELECT * FROM recipients WHERE kind = $1 AND id = $2${options.forUpdate ? ' FOR UPDATE' : ''}`,
      [recipient.kind, recipient.id],
    );
    return row ? this.decrypt(row) : undefined;
  }

  async summaries(recipients: RecipientRef[]): Promise<Map<string, ChannelSummary>> {
    if (!recipients.length) return new Map();
    const rows: Pick<RecipientRow, 'kind' | 'id' | 'language' | 'webhook_url' | 'email_count' | 'phone_count'>[] = await queryRows(this.tx.manager,
      `SELECT r.kind, r.id, r.language, r.webhook_url, r.email_count, r.phone_count
         FROM recipients r JOIN unnest($1::text[], $2::text[]) AS wanted(kind, id) ON wanted.kind = r.kind AND wanted.id = r.id`,
      [recipients.map((r) => r.kind), recipients.map((r) => r.id)],
    );
    return new Map(
      rows.map((row) => [
        recipientKey(row),
        { language: row.language, webhook: row.webhook_url !== null, email: row.email_count > 0, sms: row.phone_count > 0 },
      ]),
    );
  }

  /** Inserts or replaces the recipient's channels; returns the stored version. */
  async save(channels: Omit<RecipientChannels, 'version' | 'updatedAt'>): Promise<RecipientChannels> {
    const { recipient } = channels;
    const { sealed, keyId } = this.sealer.seal(recipient, {
      emails: channels.emails,
      phones: channels.phones,
      ...(channels.webhook ? { webhookSecret: channels.webhook.secret } : {}),
    });
    const [row]: RecipientRow[] = await queryRows(this.tx.manager,
      `INSERT INTO recipients (kind, id, language, webhook_url, email_count, phone_count, sealed_contacts, key_id, version, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, now(), $9)
       ON CONFLICT (kind, id) DO UPDATE SET
         language = EXCLUDED.language, webhook_url = EXCLUDED.webhook_url, email_count = EXCLUDED.email_count,
         phone_count = EXCLUDED.phone_count, sealed_contacts = EXCLUDED.sealed_contacts, key_id = EXCLUDED.key_id,
         version = recipients.version + 1, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
       RETURNING *`,
      [
        recipient.kind,
        recipient.id,
        channels.language,
        channels.webhook?.url ?? null,
        channels.emails.length,
        channels.phones.length,
        sealed,
        keyId,
        channels.updatedBy,
      ],
    );
    return this.decrypt(row);
  }

  private decrypt(row: RecipientRow): RecipientChannels {
    const recipient: RecipientRef = { kind: row.kind, id: row.id };
    const contacts = this.sealer.open(recipient, row.sealed_contacts, row.key_id);
    return {
      recipient,
      language: row.language,
      ...(row.webhook_url && contacts.webhookSecret ? { webhook: { url: row.webhook_url, secret: contacts.webhookSecret } } : {}),
      emails: contacts.emails,
      phones: contacts.phones,
      version: row.version,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    };
  }
}
