import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  CaseMerged, CaseMergedV1, CaseOpened, CaseOpenedV1, CaseTransferred, CaseTransferredV1, CloudEvent, VictimLinked, VictimLinkedV1,
} from '@relais/contracts';
import { TrackCaseAccess } from '../use-cases/track-case-access';

/** Which prosecutor's office holds a case linking a person, hence may read their details. */
@Controller()
export class ProsecutionEventsHandler {
  constructor(private readonly track: TrackCaseAccess) {}

  @EventPattern(CaseOpened.type)
  onOpened(@Payload() event: CloudEvent<CaseOpenedV1>): Promise<void> {
    const { caseId, officeId, victimRefs, openedAt } = event.data;
    return this.track.execute({ caseId, officeId, victimRefs, at: openedAt }, event.type);
  }

  @EventPattern(VictimLinked.type)
  onVictimLinked(@Payload() event: CloudEvent<VictimLinkedV1>): Promise<void> {
    const { caseId, officeId, victimRefs, victimRef, linkedAt } = event.data;
    return this.track.execute({ caseId, officeId, victimRefs: [...victimRefs, victimRef], at: linkedAt }, event.type);
  }

  @EventPattern(CaseTransferred.type)
  onTransferred(@Payload() event: CloudEvent<CaseTransferredV1>): Promise<void> {
    const { caseId, officeId, victimRefs, transferredAt } = event.data;
    return this.track.execute({ caseId, officeId, victimRefs, at: transferredAt }, event.type);
  }

  @EventPattern(CaseMerged.type)
  onMerged(@Payload() event: CloudEvent<CaseMergedV1>): Promise<void> {
    const { caseId, officeId, victimRefs, intoCaseId, mergedAt } = event.data;
    return this.track.execute({ caseId, officeId, victimRefs, at: mergedAt, mergedInto: intoCaseId }, event.type);
  }
}
