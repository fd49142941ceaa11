import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CloudEvent, ReferralAccepted, ReferralAcceptedV1, ReferralClosed, ReferralClosedV1 } from '@relais/contracts';
import { RecordReferralAccess } from '../use-cases/record-referral-access';

/** Which agencies accompany a person, for the status-only view of their cases. */
@Controller()
export class ReferralEventsHandler {
  constructor(private readonly access: RecordReferralAccess) {}

  @EventPattern(ReferralAccepted.type)
  onAccepted(@Payload() event: CloudEvent<ReferralAcceptedV1>): Promise<void> {
    return this.access.accepted(event.data, { eventId: event.id });
  }

  @EventPattern(ReferralClosed.type)
  onClosed(@Payload() event: CloudEvent<ReferralClosedV1>): Promise<void> {
    return this.access.closed(event.data, { eventId: event.id });
  }
}
