import { Inject, Injectable } from '@nestjs/common';
import { Delivered, DeliveryFailed } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { meter } from '@relais/observability';
import { TransactionHost } from '@relais/persistence';
import { ROOT_LOGGER, SERVICE_CONFIG } from '@relais/platform';
import { Logger } from 'pino';
import { EmailSender } from '../channels/email.sender';
import { SmsSender } from '../channels/sms.sender';
import { WebhookSender } from '../channels/webhook.sender';
import { ClaimedDelivery, Delivery } from '../domain/delivery';
import { DeliveryError, describeFailure } from '../domain/delivery-error';
import { MissingTemplateError, RenderedMessage, renderEmail, renderNotification } from '../domain/render';
import { afterFailure } from '../domain/retry-schedule';
import { NotificationsConfig } from '../notifications.config';
import { ChannelSealer } from '../persistence/channel-sealer';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { NotifiedEvent, NotifiedEventRepository } from '../persistence/notified-event.repository';
import { RecipientChannels, RecipientRepository } from '../persistence/recipient.repository';
import { SYSTEM_ACTOR } from './notify-event';
import { deliveredFacts, deliveryRef } from './plan-deliveries';

/** One address, number or URL of a delivery, and how to reach it. */
interface Target {
  digest: string;
  send: () => Promise<void>;
}

interface AttemptResult {
  doneTargets: string[];
  failure?: { summary: string; permanent: boolean };
  /** The notified event's correlation id, carried on to the outcome event. */
  correlationId?: string;
}

/**
 * One attempt at one claimed delivery: send to every target not yet reached (no transaction is
 * open while the network is used), then record the outcome in one short transaction — delivered,
 * retry later (exponential backoff with jitter) or failed once the retry window is over — with its
 * event and audit row.
 */
@Injectable()
export class DispatchDelivery {
  private readonly attempts = meter().createCounter('relais_notifications_attempts_total', {
    description: 'Delivery attempts by channel and outcome (delivered, retrying, failed)',
  });
  private readonly latency = meter().createHistogram('relais_notifications_attempt_seconds', { description: 'Duration of one delivery attempt' });

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly events: NotifiedEventRepository,
    private readonly recipients: RecipientRepository,
    private readonly sealer: ChannelSealer,
    private readonly webhooks: WebhookSender,
    private readonly email: EmailSender,
    private readonly sms: SmsSender,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  async execute(claim: ClaimedDelivery): Promise<Delivery | undefined> {
    const started = process.hrtime.bigint();
    const result = await this.attempt(claim);
    const recorded = await this.record(claim, result);
    const outcome = recorded?.status ?? 'lease-lost';
    this.attempts.add(1, { channel: claim.channel, outcome });
    this.latency.record(Number(process.hrtime.bigint() - started) / 1e9, { channel: claim.channel });
    const log = { deliveryId: claim.id, eventType: claim.eventType, channel: claim.channel, attempts: claim.attempts, outcome };
    if (outcome === 'failed') this.logger.warn({ ...log, error: recorded?.lastError }, 'delivery failed');
    else if (outcome === 'retrying') this.logger.info({ ...log, error: recorded?.lastError }, 'delivery attempt failed; will retry');
    else this.logger.info(log, `delivery ${outcome}`);
    return recorded;
  }

  private async attempt(claim: ClaimedDelivery): Promise<AttemptResult> {
    const done = new Set(claim.doneTargets);
    const failures: { summary: string; permanent: boolean }[] = [];
    let correlationId: string | undefined;
    try {
      const event = await this.events.find(claim.eventId);
      if (!event) throw new DeliveryError('event no longer stored', true);
      correlationId = (JSON.parse(event.payload) as { correlationid?: string }).correlationid;
      const recipient = await this.recipients.find(claim.recipient);
      const targets = this.targets(claim, event, recipient);
      for (const target of targets) {
        if (done.has(target.digest)) continue;
        try {
          await target.send();
          done.add(target.digest);
        } catch (error) {
          failures.push(describeFailure(error));
        }
      }
    } catch (error) {
      failures.push(describeFailure(error));
    }
    if (!failures.length) return { doneTargets: [...done], correlationId };
    const summary = failures.length > 1 ? `${failures.length} targets failed: ${failures[0].summary}` : failures[0].summary;
    return { doneTargets: [...done], correlationId, failure: { summary, permanent: failures.every((f) => f.permanent) } };
  }

  /** What reaching this recipient on this channel means now (its current configuration). */
  private targets(claim: ClaimedDelivery, event: NotifiedEvent, recipient: RecipientChannels | undefined): Target[] {
    const language = recipient?.language ?? 'fr';
    switch (claim.channel) {
      case 'webhook': {
        const webhook = recipient?.webhook;
        if (!webhook) throw new DeliveryError('webhook no longer configured', true);
        return [{ digest: this.sealer.targetDigest(`webhook:${webhook.url}`), send: () => this.webhooks.send({ ...webhook, deliveryId: claim.id, body: event.payload }) }];
      }
      case 'email': {
        if (!recipient?.emails.length) throw new DeliveryError('e-mail no longer configured', true);
        const email = renderEmail(this.render(event, language), language);
        return recipient.emails.map((to) => {
          const digest = this.sealer.targetDigest(`email:${to.toLowerCase()}`);
          return { digest, send: () => this.email.send({ to, email, language, deliveryId: claim.id, targetDigest: digest }) };
        });
      }
      case 'sms': {
        if (!recipient?.phones.length) throw new DeliveryError('SMS no longer configured', true);
        const text = this.render(event, language).sms;
        return recipient.phones.map((to) => ({ digest: this.sealer.targetDigest(`sms:${to}`), send: () => this.sms.send(to, text, claim.id) }));
      }
      case 'inbox':
        throw new DeliveryError('inbox deliveries are complete when created', true);
    }
  }

  private render(event: NotifiedEvent, language: RecipientChannels['language']): RenderedMessage {
    const { data } = JSON.parse(event.payload) as { data: object };
    try {
      return renderNotification(event.type, data, language);
    } catch (error) {
      // A missing template is a defect of this service: retrying cannot fix it.
      if (error instanceof MissingTemplateError) throw new DeliveryError(error.message, true);
      throw error;
    }
  }

  private record(claim: ClaimedDelivery, result: AttemptResult): Promise<Delivery | undefined> {
    // The outcome event belongs to the chain of the event it notifies.
    const emitOptions = { causationId: claim.eventId, correlationId: result.correlationId };
    return this.tx.run(async (manager) => {
      let delivery: Delivery | undefined;
      if (!result.failure) {
        delivery = await this.deliveries.markDelivered(claim, result.doneTargets);
        if (delivery) await this.outbox.emit(manager, Delivered, deliveredFacts(delivery), emitOptions);
      } else {
        const next = result.failure.permanent
          ? ({ next: 'give-up' } as const)
          : afterFailure(claim.attempts, claim.firstAttemptAt, new Date(), this.config.retryPolicy);
        if (next.next === 'retry') {
          delivery = await this.deliveries.markRetrying(claim, result.doneTargets, result.failure.summary, next.at);
        } else {
          delivery = await this.deliveries.markFailed(claim, result.doneTargets, result.failure.summary);
          if (delivery) {
            await this.outbox.emit(manager, DeliveryFailed, {
              ...deliveryRef(delivery),
              attempts: delivery.attempts,
              failedAt: (delivery.failedAt ?? new Date()).toISOString(),
              lastError: result.failure.summary,
            }, emitOptions);
          }
        }
      }
      // Another worker took the delivery over after our lease ran out: its outcome stands.
      if (!delivery) return undefined;
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: `delivery.${delivery.status === 'delivered' ? 'deliver' : delivery.status === 'failed' ? 'fail' : 'attempt'}`,
        resourceType: 'delivery',
        resourceId: delivery.id,
        outcome: delivery.status === 'delivered' ? 'success' : 'failure',
        details: { channel: delivery.channel, attempts: delivery.attempts, ...(delivery.lastError ? { error: delivery.lastError } : {}) },
      });
      return delivery;
    });
  }
}
