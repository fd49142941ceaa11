import { DeliveryRepository } from '../src/persistence/delivery.repository';
import { Harness, startHarness } from './support/harness';

/** An idle dispatcher sleeps: with nothing waiting it must not read "due now" and spin on the database. */
describe('delivery dispatcher at rest', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({});
  });
  afterAll(() => harness?.close());

  it('knows that nothing is due when no delivery waits', async () => {
    expect(await harness.service.app.get(DeliveryRepository).msUntilNextDue()).toBeUndefined();
  });
});
