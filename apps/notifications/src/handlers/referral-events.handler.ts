import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  CloudEvent, ReferralAccepted, ReferralAcknowledged, ReferralClosed, ReferralCreated, ReferralDeclined, ReferralEscalated,
} from '@relais/contracts';
import { NotifyEvent } from '../use-cases/notify-event';

/** Referral lifecycle events: each is routed (routing-rules.ts) and feeds the accompaniment projection. */
@Controller()
export class ReferralEventsHandler {
  constructor(private readonly notify: NotifyEvent) {}

  @EventPattern(ReferralCreated.type)
  onCreated(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }

  @EventPattern(ReferralAcknowledged.type)
  onAcknowledged(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }

  @EventPattern(ReferralAccepted.type)
  onAccepted(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }

  @EventPattern(ReferralDeclined.type)
  onDeclined(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }

  @EventPattern(ReferralEscalated.type)
  onEscalated(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }

  @EventPattern(ReferralClosed.type)
  onClosed(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }
}
