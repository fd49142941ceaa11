import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  CloudEvent, ReferralAccepted, ReferralAcknowledged, ReferralClosed, ReferralCreated, ReferralDeclined, ReferralEscalated,
} from '@relais/contracts';
import { EventContext } from '@relais/messaging';
import { LIVE_SCHEMA } from '../persistence/read-model';
import { ApplyEvent } from '../use-cases/apply-event';

/** Referral lifecycle events feed the referral indicators (counts, deadlines, time to acceptance). */
@Controller()
export class ReferralEventsHandler {
  constructor(private readonly apply: ApplyEvent) {}

  @EventPattern(ReferralCreated.type)
  async onCreated(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(ReferralAcknowledged.type)
  async onAcknowledged(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(ReferralAccepted.type)
  async onAccepted(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(ReferralDeclined.type)
  async onDeclined(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(ReferralEscalated.type)
  async onEscalated(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(ReferralClosed.type)
  async onClosed(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }
}
