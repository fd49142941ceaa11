import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { DeliveryError } from '../domain/delivery-error';
import { NotificationsConfig } from '../notifications.config';
import { SmsGateway, SmsMessage } from './sms-gateway';

/** Refusals a retry cannot fix: a malformed request or a number the provider rejects. */
const PERMANENT = new Set([400, 403, 404, 410, 422]);

/**
 * The provider-neutral SMS gateway: `POST SMS_GATEWAY_URL` with the SmsMessage as JSON (and a
 * bearer token when SMS_GATEWAY_TOKEN is set). 2xx means the gateway took the message.
 */
@Injectable()
export class HttpSmsGateway implements SmsGateway {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig) {}

  async send(message: SmsMessage): Promise<void> {
    let response: Response;
    try {
      response = await fetch(this.config.SMS_GATEWAY_URL, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.SMS_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          ...(this.config.SMS_GATEWAY_TOKEN ? { authorization: `Bearer ${this.config.SMS_GATEWAY_TOKEN}` } : {}),
        },
        body: JSON.stringify(message),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new DeliveryError(`SMS gateway timeout after ${this.config.SMS_TIMEOUT_MS} ms`);
      }
      throw error;
    }
    await response.arrayBuffer().catch(() => undefined);
    if (response.status < 200 || response.status > 299) {
      throw new DeliveryError(`SMS gateway HTTP ${response.status}`, PERMANENT.has(response.status));
    }
  }
}
