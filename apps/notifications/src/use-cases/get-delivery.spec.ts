import { delivery } from '../../test/support/unit-doubles';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { GetDelivery } from './get-delivery';

describe('GetDelivery', () => {
  it('shows a delivery with its timestamps as ISO strings', async () => {
    const deliveries = { findById: async () => delivery({ status: 'retrying', attempts: 2, lastError: 'HTTP 503' }) } as unknown as DeliveryRepository;
    expect(await new GetDelivery(deliveries).execute('x')).toMatchObject({ status: 'retrying', attempts: 2, lastError: 'HTTP 503', createdAt: '2027-03-10T12:00:00.000Z', deliveredAt: null });
  });

  it('answers 404 for an unknown id', async () => {
    const deliveries = { findById: async () => undefined } as unknown as DeliveryRepository;
    await expect(new GetDelivery(deliveries).execute('x')).rejects.toMatchObject({ httpStatus: 404 });
  });
});
