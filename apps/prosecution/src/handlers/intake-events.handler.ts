import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  CloudEvent, IdentificationCorrected, IdentificationCorrectedV1, PersonalDataErased, PersonalDataErasedV1, VictimIdentified, VictimIdentifiedV1,
} from '@relais/contracts';
import { OpenCaseFromIdentification } from '../use-cases/open-case-from-identification';
import { RecordPersonalDataErasure } from '../use-cases/record-personal-data-erasure';
import { RerouteCorrectedIdentification } from '../use-cases/reroute-corrected-identification';

/** Identifications open cases, corrections of place re-route them, erasures are recorded. Redeliveries are filtered by the transport's inbox. */
@Controller()
export class IntakeEventsHandler {
  constructor(
    private readonly openCase: OpenCaseFromIdentification,
    private readonly recordErasure: RecordPersonalDataErasure,
    private readonly reroute: RerouteCorrectedIdentification,
  ) {}

  @EventPattern(VictimIdentified.type)
  async onVictimIdentified(@Payload() event: CloudEvent<VictimIdentifiedV1>): Promise<void> {
    await this.openCase.execute(event.data, { eventId: event.id });
  }

  @EventPattern(IdentificationCorrected.type)
  async onIdentificationCorrected(@Payload() event: CloudEvent<IdentificationCorrectedV1>): Promise<void> {
    // Only a change of place can change the competent office.
    if (!event.data.changedFields.some((f) => f === 'region' || f === 'cercle')) return;
    await this.reroute.execute(event.data, { eventId: event.id });
  }

  @EventPattern(PersonalDataErased.type)
  onPersonalDataErased(@Payload() event: CloudEvent<PersonalDataErasedV1>): Promise<void> {
    return this.recordErasure.execute(event.data, { eventId: event.id });
  }
}
