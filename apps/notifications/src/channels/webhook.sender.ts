import { Inject, Injectable } from '@nestjs/common';
import { CLOUDEVENTS_CONTENT_TYPE } from '@relais/contracts';
import { SERVICE_CONFIG } from '@relais/platform';
import { Webhook } from 'standardwebhooks';
import { DeliveryError } from '../domain/delivery-error';
import { NotificationsConfig } from '../notifications.config';

export interface WebhookRequest {
  url: string;
  /** `whsec_<base64>`, as the Standard Webhooks libraries take it. */
  secret: string;
  /** Stable across retries, so that a receiver can recognise a message it already processed. */
  deliveryId: string;
  /** The CloudEvent in structured JSON mode. */
  body: string;
}

/**
 * POSTs an event signed per Standard Webhooks: `webhook-id`, `webhook-timestamp` (this attempt's
 * time) and `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. Any 2xx is
 * success; anything else, a redirect or the timeout is a failure to retry. Redirects are not
 * followed: a receiver's URL is registered on purpose, not discovered.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig) {}

  async send(request: WebhookRequest): Promise<void> {
    const timestamp = new Date();
    const signature = new Webhook(request.secret).sign(request.deliveryId, timestamp, request.body);
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
        headers: {
          'content-type': CLOUDEVENTS_CONTENT_TYPE,
          'user-agent': 'Relais-Notifications/1',
          'webhook-id': request.deliveryId,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body: request.body,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new DeliveryError(`timeout after ${this.config.WEBHOOK_TIMEOUT_MS} ms`);
      }
      throw error;
    }
    // The receiver's answer is not ours to keep; drain it so the connection can be reused.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status < 200 || response.status > 299) throw new DeliveryError(`HTTP ${response.status}`);
  }
}
