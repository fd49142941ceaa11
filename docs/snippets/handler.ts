// The guide's "Handling an event" (docs/ENGINEERING.md): apps/referral/src/handlers/intake-events.handler.ts
// with one of its four patterns.
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { CloudEvent, VictimIdentified, VictimIdentifiedV1 } from '@relais/contracts';
import { RouteIdentification } from '../../apps/referral/src/use-cases/route-identification';

// #region handler
@ApiExcludeController()
@Controller()
export class IntakeEventsHandler {
  constructor(private readonly routeIdentification: RouteIdentification) {}

  // The transport has decoded and validated the event and opened the transaction with the inbox row.
  @EventPattern(VictimIdentified.type)
  async onIdentified(@Payload() event: CloudEvent<VictimIdentifiedV1>): Promise<void> {
    await this.routeIdentification.execute(event.data);
  }
}
// #endregion
