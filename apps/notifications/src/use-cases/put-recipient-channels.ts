import { Inject, Injectable } from '@nestjs/common';
import { Language } from '@relais/contracts';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { SERVICE_CONFIG } from '@relais/platform';
import { WebhookTargetGuard } from '../channels/webhook-target-guard';
import { mayManageChannels } from '../domain/inboxes';
import { NotificationsErrorCode, NotificationsException } from '../domain/notifications.errors';
import { RecipientRef, recipientKey } from '../domain/recipients';
import { NotificationsConfig } from '../notifications.config';
import { RecipientRepository } from '../persistence/recipient.repository';
import { fieldError } from './field-errors';
import { channelsView, RecipientChannelsViewModel } from './views';

/** A recipient's whole channel configuration; what is left out is removed (the inbox always stays). */
export interface RecipientChannelsInput {
  /** The secret may be left out to keep the one registered. */
  webhook?: { url: string; secret?: string };
  emails?: string[];
  phones?: string[];
  language: Language;
}

/**
 * Replaces a recipient's channels. The webhook secret may be left out to keep the one already
 * registered (it is never shown, so an administrator changing an e-mail address need not know it).
 */
@Injectable()
export class PutRecipientChannels {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    private readonly tx: TransactionHost,
    private readonly recipients: RecipientRepository,
    private readonly audit: AuditTrail,
    private readonly targets: WebhookTargetGuard,
  ) {}

  private async assertTargetAllowed(url: string): Promise<void> {
    const verdict = await this.targets.check(url);
    if (verdict === 'forbidden') throw fieldError('webhook.url', 'webhookTargetForbidden', 'webhook.url points at an address that never receives webhooks');
    if (verdict === 'internal') throw fieldError('webhook.url', 'webhookTargetInternal', 'webhook.url points at this machine or a private network');
    // A name that does not resolve today (a receiver being set up, a DNS hiccup) is saved: every
    // delivery is judged again when it connects, and that check is the one that cannot be dodged.
  }

  async execute(principal: Principal, recipient: RecipientRef, body: RecipientChannelsInput): Promise<RecipientChannelsViewModel> {
    if (!mayManageChannels(principal, recipient)) throw new NotificationsException(NotificationsErrorCode.NotYourRecipient, { recipientId: recipient.id });
    if (body.webhook && this.config.webhookRequiresHttps && !body.webhook.url.toLowerCase().startsWith('https://')) {
      throw fieldError('webhook.url', 'webhookHttpsRequired', 'webhook.url must use https');
    }
    if (body.webhook) await this.assertTargetAllowed(body.webhook.url);
    return this.tx.run(async (manager) => {
      const current = await this.recipients.find(recipient, { forUpdate: true });
      const secret = body.webhook?.secret ?? current?.webhook?.secret;
      if (body.webhook && !secret) throw fieldError('webhook.secret', 'webhookSecretRequired', 'webhook.secret is required for a new webhook');
      const saved = await this.recipients.save({
        recipient,
        language: body.language,
        ...(body.webhook && secret ? { webhook: { url: body.webhook.url, secret } } : {}),
        emails: body.emails ?? [],
        phones: body.phones ?? [],
        updatedBy: principal.sub,
      });
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'recipient.channels.update',
        resourceType: 'recipient',
        resourceId: recipientKey(recipient),
        outcome: 'success',
        // Counts and flags only: addresses and numbers are personal data, the secret a secret.
        details: {
          language: saved.language,
          webhook: saved.webhook !== undefined,
          webhookSecretChanged: body.webhook?.secret !== undefined,
          emailCount: saved.emails.length,
          phoneCount: saved.phones.length,
          version: saved.version,
        },
      });
      return channelsView(recipient, saved);
    });
  }
}
