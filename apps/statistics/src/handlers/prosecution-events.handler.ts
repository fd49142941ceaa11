import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  CaseMerged, CaseOpened, CaseStageChanged, CaseTransferred, CloudEvent, DefendantAdded, DefendantCharged, HearingScheduled,
  JudgmentRendered, VictimLinked,
} from '@relais/contracts';
import { EventContext } from '@relais/messaging';
import { LIVE_SCHEMA } from '../persistence/read-model';
import { ApplyEvent } from '../use-cases/apply-event';

/** Case events feed the criminal-justice indicators (GLOTIP / UN-CTS stages, sentences, time to judgment). */
@Controller()
export class ProsecutionEventsHandler {
  constructor(private readonly apply: ApplyEvent) {}

  @EventPattern(CaseOpened.type)
  async onOpened(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(CaseStageChanged.type)
  async onStageChanged(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(VictimLinked.type)
  async onVictimLinked(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(CaseTransferred.type)
  async onTransferred(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(CaseMerged.type)
  async onMerged(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(DefendantAdded.type)
  async onDefendantAdded(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(DefendantCharged.type)
  async onDefendantCharged(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(HearingScheduled.type)
  async onHearingScheduled(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }

  @EventPattern(JudgmentRendered.type)
  async onJudgmentRendered(@Payload() event: CloudEvent, @Ctx() ctx: EventContext): Promise<void> {
    await this.apply.execute(event, ctx.manager, LIVE_SCHEMA);
  }
}
