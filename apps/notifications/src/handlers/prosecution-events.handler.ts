import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CaseMerged, CaseOpened, CaseTransferred, CloudEvent, HearingScheduled, JudgmentRendered, VictimLinked } from '@relais/contracts';
import { NotifyEvent } from '../use-cases/notify-event';

/** Case events: offices hear of their cases; accompanying agencies of hearings and judgments. */
@Controller()
export class ProsecutionEventsHandler {
  constructor(private readonly notify: NotifyEvent) {}

  @EventPattern(CaseOpened.type)
  onOpened(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }

  @EventPattern(VictimLinked.type)
  onVictimLinked(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }

  @EventPattern(CaseTransferred.type)
  onTransferred(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }

  @EventPattern(CaseMerged.type)
  onMerged(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }

  @EventPattern(HearingScheduled.type)
  onHearingScheduled(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }

  @EventPattern(JudgmentRendered.type)
  onJudgmentRendered(@Payload() event: CloudEvent): Promise<unknown> {
    return this.notify.execute(event);
  }
}
