import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  CloudEvent, ConsentChanged, ConsentChangedV1, IdentificationCorrected, IdentificationCorrectedV1, PersonalDataErased,
  PersonalDataErasedV1, VictimIdentified, VictimIdentifiedV1,
} from '@relais/contracts';
import { ApplyConsentChange } from '../use-cases/apply-consent-change';
import { ApplyCorrection } from '../use-cases/apply-correction';
import { CloseOnErasure } from '../use-cases/close-on-erasure';
import { RouteIdentification } from '../use-cases/route-identification';

/**
 * Intake's events, decoded and validated by the transport, which also runs each handler inside the
 * consumer's transaction with the inbox record: a redelivered event never reaches this code twice.
 */
@ApiExcludeController()
@Controller()
export class IntakeEventsHandler {
  constructor(
    private readonly routeIdentification: RouteIdentification,
    private readonly applyCorrection: ApplyCorrection,
    private readonly applyConsentChange: ApplyConsentChange,
    private readonly closeOnErasure: CloseOnErasure,
  ) {}

  @EventPattern(VictimIdentified.type)
  async onIdentified(@Payload() event: CloudEvent<VictimIdentifiedV1>): Promise<void> {
    await this.routeIdentification.execute(event.data);
  }

  @EventPattern(IdentificationCorrected.type)
  async onCorrected(@Payload() event: CloudEvent<IdentificationCorrectedV1>): Promise<void> {
    await this.applyCorrection.execute(event.data);
  }

  @EventPattern(ConsentChanged.type)
  async onConsentChanged(@Payload() event: CloudEvent<ConsentChangedV1>): Promise<void> {
    await this.applyConsentChange.execute(event.data);
  }

  @EventPattern(PersonalDataErased.type)
  async onErased(@Payload() event: CloudEvent<PersonalDataErasedV1>): Promise<void> {
    await this.closeOnErasure.execute(event.data);
  }
}
