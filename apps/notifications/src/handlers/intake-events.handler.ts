import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CloudEvent, PersonalDataErased } from '@relais/contracts';
import { EventContext } from '@relais/messaging';
import { NotifyEvent } from '../use-cases/notify-event';

/** An erasure removes the person's victimRef from the accompaniment projection, for good. */
@Controller()
export class IntakeEventsHandler {
  constructor(private readonly notify: NotifyEvent) {}

  @EventPattern(PersonalDataErased.type)
  onErased(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }
}
