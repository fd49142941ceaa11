import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CloudEvent, ConsentChanged, IdentificationCorrected, PersonalDataErased, VictimIdentified } from '@relais/contracts';
import { EventContext } from '@relais/messaging';
import { LIVE_SCHEMA } from '../persistence/read-model';
import { ApplyEvent } from '../use-cases/apply-event';

/** Identifications feed the victims' indicators; the transport has already deduplicated by event id. */
@Controller()
export class IntakeEventsHandler {
  constructor(private readonly apply: ApplyEvent) {}

  @EventPattern(VictimIdentified.type)
  async onIdentified(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(IdentificationCorrected.type)
  async onCorrected(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(ConsentChanged.type)
  async onConsentChanged(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(PersonalDataErased.type)
  async onErased(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }
}
