import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CaseMerged, CaseOpened, CaseTransferred, CloudEvent, HearingScheduled, JudgmentRendered, VictimLinked } from '@relais/contracts';
import { EventContext } from '@relais/messaging';
import { NotifyEvent } from '../use-cases/notify-event';

/** Case events: offices hear of their cases; accompanying agencies of hearings and judgments. */
@Controller()
export class ProsecutionEventsHandler {
  constructor(private readonly notify: NotifyEvent) {}

  @EventPattern(CaseOpened.type)
  onOpened(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }

  @EventPattern(VictimLinked.type)
  onVictimLinked(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }

  @EventPattern(CaseTransferred.type)
  onTransferred(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }

  @EventPattern(CaseMerged.type)
  onMerged(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }

  @EventPattern(HearingScheduled.type)
  onHearingScheduled(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }

  @EventPattern(JudgmentRendered.type)
  onJudgmentRendered(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<unknown> {
    return this.notify.execute(event, ctx.delivery.attempt);
  }
}
