import { NotificationChannel } from '@relais/contracts';
import { RecipientRef } from './recipients';

/**
 * pending → sending → delivered
 *                   ↘ retrying → sending … (until the retry window closes) → failed
 * failed → pending again only by hand (POST /deliveries/{id}/retry). Inbox deliveries are
 * delivered as they are created: writing the inbox row is the delivery.
 */
export const DELIVERY_STATUSES = ['pending', 'sending', 'retrying', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  recipient: RecipientRef;
  channel: NotificationChannel;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date | null;
  firstAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  failedAt: Date | null;
}

/** A delivery this worker holds for one attempt. */
export interface ClaimedDelivery extends Delivery {
  claimToken: string;
  firstAttemptAt: Date;
  /** Keyed digests of the addresses or numbers an earlier attempt already reached. */
  doneTargets: string[];
}
