import { Agent as HttpAgent, request as httpRequest, IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { CLOUDEVENTS_CONTENT_TYPE } from '@relais/contracts';
import { SERVICE_CONFIG } from '@relais/platform';
import { Webhook } from 'standardwebhooks';
import { DeliveryError } from '../domain/delivery-error';
import { NotificationsConfig } from '../notifications.config';
import { WebhookTargetGuard } from './webhook-target-guard';

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
 * followed: a receiver's URL is registered on purpose, not discovered. The connection goes only to
 * an address the target guard allowed at this very moment (node:http, whose `lookup` we control,
 * rather than fetch, whose resolution we cannot see).
 */
@Injectable()
export class WebhookSender implements OnModuleDestroy {
  private readonly http = new HttpAgent({ keepAlive: true });
  private readonly https = new HttpsAgent({ keepAlive: true });

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    private readonly targets: WebhookTargetGuard,
  ) {}

  async send(request: WebhookRequest): Promise<void> {
    const timestamp = new Date();
    const signature = new Webhook(request.secret).sign(request.deliveryId, timestamp, request.body);
    const status = await this.post(request.url, request.body, {
      'content-type': CLOUDEVENTS_CONTENT_TYPE,
      'user-agent': 'Relais-Notifications/1',
      'webhook-id': request.deliveryId,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signature,
    });
    if (status < 200 || status > 299) throw new DeliveryError(`HTTP ${status}`);
  }

  onModuleDestroy(): void {
    this.http.destroy();
    this.https.destroy();
  }

  private post(url: string, body: string, headers: Record<string, string>): Promise<number> {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const timeoutMs = this.config.WEBHOOK_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const outgoing = (secure ? httpsRequest : httpRequest)(target, {
        method: 'POST',
        agent: secure ? this.https : this.http,
        lookup: this.targets.lookup,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        signal: AbortSignal.timeout(timeoutMs),
      });
      outgoing.on('response', (response: IncomingMessage) => {
        // The receiver's answer is not ours to keep; drain it so the connection can be reused.
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (error.name === 'AbortError' || error.name === 'TimeoutError') return reject(new DeliveryError(`timeout after ${timeoutMs} ms`));
        if (error.code === 'ETARGETREFUSED') return reject(new DeliveryError(error.message));
        reject(error);
      });
      outgoing.end(body);
    });
  }
}
