import { CloudEvent, Language, NotificationChannel, RecipientKind } from '@relais/contracts';
import type { KeysetPage } from '@relais/platform';
import { Delivery, DeliveryStatus } from '../domain/delivery';
import { RecipientRef } from '../domain/recipients';
import { renderNotification } from '../domain/render';
import { InboxItem } from '../persistence/inbox.repository';
import { RecipientChannels } from '../persistence/recipient.repository';

/*
 * What the use cases answer. The HTTP layer's classes implement these to describe them in the
 * OpenAPI document, so the answers are defined here and the documentation follows them.
 */

export interface WebhookChannelViewModel {
  url: string;
  secretConfigured: boolean;
}

export interface RecipientChannelsViewModel {
  recipientKind: RecipientKind;
  recipientId: string;
  language: Language;
  inbox: true;
  webhook: WebhookChannelViewModel | null;
  emails: string[];
  phones: string[];
  configured: boolean;
  version: number | null;
  updatedAt: string | null;
}

export interface DeliveryViewModel {
  id: string;
  eventId: string;
  eventType: string;
  recipientKind: RecipientKind;
  recipientId: string;
  channel: NotificationChannel;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  firstAttemptAt: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
}

/** A page of deliveries as the client gets it. */
export type DeliveryPageModel = KeysetPage<DeliveryViewModel>;

export interface NotificationViewModel {
  id: string;
  recipientKind: RecipientKind;
  recipientId: string;
  eventId: string;
  eventType: string;
  title: string;
  body: string;
  occurredAt: string;
  createdAt: string;
  read: boolean;
  readAt: string | null;
}

/** A page of the caller's inboxes as the client gets it, with their unread count. */
export interface NotificationPageModel extends KeysetPage<NotificationViewModel> {
  unreadCount: number;
}

/** What the channels endpoints show: everything but the webhook secret. */
export function channelsView(recipient: RecipientRef, channels: RecipientChannels | undefined): RecipientChannelsViewModel {
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

export function deliveryView(d: Delivery): DeliveryViewModel {
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
export function notificationView(item: InboxItem, language: Language): NotificationViewModel {
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
