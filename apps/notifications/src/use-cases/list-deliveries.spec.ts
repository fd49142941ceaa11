import { delivery } from '../../test/support/unit-doubles';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { ListDeliveries } from './list-deliveries';

describe('ListDeliveries', () => {
  it('passes the filter and the page to the repository and shows its slice', async () => {
    const list = jest.fn(async () => ({ items: ['c', 'b'].map((id) => delivery({ id })), next: 'b' }));
    const page = await new ListDeliveries({ list } as unknown as DeliveryRepository).execute({ status: 'failed', recipientId: 'agency-a' }, { limit: 2, after: 'd' });
    expect(list).toHaveBeenCalledWith(
      { status: 'failed', channel: undefined, recipient: { kind: undefined, id: 'agency-a' }, eventType: undefined, eventId: undefined },
      { limit: 2, after: 'd' },
    );
    expect(page.items.map((d) => d.id)).toEqual(['c', 'b']);
    expect(page.next).toBe('b');
  });

  it('says nothing of a next page when the repository found none', async () => {
    const page = await new ListDeliveries({ list: async () => ({ items: [delivery({ id: 'a' })] }) } as unknown as DeliveryRepository).execute({}, { limit: 50 });
    expect(page).not.toHaveProperty('next');
  });
});
