import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { mayManageChannels } from '../domain/inboxes';
import { NotificationsErrorCode, NotificationsException } from '../domain/notifications.errors';
import { RecipientRef, recipientKey } from '../domain/recipients';
import { RecipientRepository } from '../persistence/recipient.repository';
import { channelsView, RecipientChannelsViewModel } from './views';

/** A recipient's channels without the secret; contact details are personal data, so the read is audited. */
@Injectable()
export class GetRecipientChannels {
  constructor(
    private readonly tx: TransactionHost,
    private readonly recipients: RecipientRepository,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal, recipient: RecipientRef): Promise<RecipientChannelsViewModel> {
    if (!mayManageChannels(principal, recipient)) throw new NotificationsException(NotificationsErrorCode.NotYourRecipient, { recipientId: recipient.id });
    return this.tx.run(async (manager) => {
      const channels = await this.recipients.find(recipient);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'recipient.channels.read',
        resourceType: 'recipient',
        resourceId: recipientKey(recipient),
        outcome: 'success',
        details: { configured: channels !== undefined },
      });
      return channelsView(recipient, channels);
    });
  }
}
