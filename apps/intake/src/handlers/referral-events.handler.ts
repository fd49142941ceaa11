import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CloudEvent, ReferralAccepted, ReferralAcceptedV1, ReferralClosed, ReferralClosedV1 } from '@relais/contracts';
import { TrackReferralAccess } from '../use-cases/track-referral-access';

/** Acceptance opens an agency's access to the person's details, closure ends it; declines and escalations open nothing. */
@Controller()
export class ReferralEventsHandler {
  constructor(private readonly track: TrackReferralAccess) {}

  @EventPattern(ReferralAccepted.type)
  onAccepted(@Payload() event: CloudEvent<ReferralAcceptedV1>): Promise<void> {
    const { referralId, victimRef, agencyId, acceptedAt } = event.data;
    return this.track.execute({ referralId, victimRef, agencyId }, { kind: 'accepted', at: acceptedAt });
  }

  @EventPattern(ReferralClosed.type)
  onClosed(@Payload() event: CloudEvent<ReferralClosedV1>): Promise<void> {
    const { referralId, victimRef, agencyId, closedAt } = event.data;
    return this.track.execute({ referralId, victimRef, agencyId }, { kind: 'closed', at: closedAt });
  }
}
