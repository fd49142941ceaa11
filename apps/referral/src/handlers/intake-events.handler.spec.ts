import { CloudEvent } from '@relais/contracts';
import { mockOf } from '../../test/doubles';
import { ApplyConsentChange } from '../use-cases/apply-consent-change';
import { ApplyCorrection } from '../use-cases/apply-correction';
import { CloseOnErasure } from '../use-cases/close-on-erasure';
import { RouteIdentification } from '../use-cases/route-identification';
import { IntakeEventsHandler } from './intake-events.handler';

describe('IntakeEventsHandler', () => {
  it('hands each of intake\'s events to its use case', async () => {
    const route = mockOf<RouteIdentification>();
    const correct = mockOf<ApplyCorrection>();
    const consent = mockOf<ApplyConsentChange>();
    const erase = mockOf<CloseOnErasure>();
    const handler = new IntakeEventsHandler(route, correct, consent, erase);
    const event = <T>(data: T) => ({ data }) as CloudEvent<T & object>;
    await handler.onIdentified(event({ identificationId: 'i' } as never));
    await handler.onCorrected(event({ identificationId: 'c' } as never));
    await handler.onConsentChanged(event({ identificationId: 'k' } as never));
    await handler.onErased(event({ victimRef: 'v' } as never));
    expect(route.execute).toHaveBeenCalledWith({ identificationId: 'i' });
    expect(correct.execute).toHaveBeenCalledWith({ identificationId: 'c' });
    expect(consent.execute).toHaveBeenCalledWith({ identificationId: 'k' });
    expect(erase.execute).toHaveBeenCalledWith({ victimRef: 'v' });
  });
});
