import { CloudEvent, Language } from '@relais/contracts';
import { Delivery } from '../domain/delivery';
import { RecipientRef } from '../domain/recipients';
import { renderNotification } from '../domain/render';
import { DeliveryView, NotificationView, RecipientChannelsView } from '../http/dto/views';
import { InboxItem } from '../persistence/inbox.repository';
import { RecipientChannels } from '../persistence/recipient.repository';

/** What the channels endpoints show: everything but the webhook secret. */
export function channelsView(recipient: RecipientRef, channels: RecipientChannels | undefined): RecipientChannelsView {
  return {
    recipientKind: recipient.kind,
    recipientId: recipient.id,
    language: channels?.language ?? 'fr',
    inbox: true,
    webhook: channels?.webhook ? { url: channels.webhook.url, secretConfigured: true } : null,
    emails: channels?.emails ?? [],
    phones: channels?.phones ?? [],
    configured: channels !== undefined,
    version: channels?.version ?? null,
    updatedAt: channels?.updatedAt.toISOString() ?? null,
  };
}

export function deliveryView(d: Delivery): DeliveryView {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    recipientKind: d.recipient.kind,
    recipientId: d.recipient.id,
    channel: d.channel,
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    firstAttemptAt: iso(d.firstAttemptAt),
    lastAttemptAt: iso(d.lastAttemptAt),
    nextAttemptAt: iso(d.nextAttemptAt),
    deliveredAt: iso(d.deliveredAt),
    failedAt: iso(d.failedAt),
  };
}

/** Rendered when read, in the reader's language, from the event's data only. */
export function notificationView(item: InboxItem, language: Language): NotificationView {
  const event = JSON.parse(item.payload) as CloudEvent;
  const message = renderNotification(item.eventType, event.data, language);
  return {
    id: item.id,
    recipientKind: item.recipient.kind,
    recipientId: item.recipient.id,
    eventId: item.eventId,
    eventType: item.eventType,
    title: message.title,
    body: message.body,
    occurredAt: item.occurredAt.toISOString(),
    createdAt: item.createdAt.toISOString(),
    read: item.readAt !== null,
    readAt: iso(item.readAt),
  };
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
