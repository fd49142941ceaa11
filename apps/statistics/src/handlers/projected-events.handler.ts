import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CloudEvent } from '@relais/contracts';
import { EventContext } from '@relais/messaging';
import { LIVE_SCHEMA } from '../persistence/read-model';
import { ApplyEvent, PROJECTED_EVENT_TYPES } from '../use-cases/apply-event';

/**
 * Registers every type of the projector table, and only those, so the live consumer and a rebuild
 * project the same events: a type added to or removed from the table is subscribed to or dropped
 * with it (and its topic with it). The transport has already validated and deduplicated the event.
 */
@Controller()
export class ProjectedEventsHandler {
  constructor(private readonly apply: ApplyEvent) {}

  @EventPattern([...PROJECTED_EVENT_TYPES])
  async onEvent(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }
}
