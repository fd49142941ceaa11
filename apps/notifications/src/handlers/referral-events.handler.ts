import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  CloudEvent, ReferralAccepted, ReferralAcknowledged, ReferralClosed, ReferralCreated, ReferralDeclined, ReferralEscalated,
} from '@relais/contracts';
import { EventContext } from '@relais/messaging';
import { NotifyEvent } from '../use-cases/notify-event';

/** Referral lifecycle events: each is routed (routing-rules.ts) and feeds the accompaniment projection. */
@Controller()
export class ReferralEventsHandler {
  constructor(private readonly notify: NotifyEvent) {}

  @EventPattern(ReferralCreated.type)
  onCreated(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }

  @EventPattern(ReferralAcknowledged.type)
  onAcknowledged(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }

  @EventPattern(ReferralAccepted.type)
  onAccepted(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }

  @EventPattern(ReferralDeclined.type)
  onDeclined(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }

  @EventPattern(ReferralEscalated.type)
  onEscalated(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }

  @EventPattern(ReferralClosed.type)
  onClosed(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }
}
