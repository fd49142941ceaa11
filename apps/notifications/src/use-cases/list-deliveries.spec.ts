import { delivery } from '../../test/support/unit-doubles';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { ListDeliveries } from './list-deliveries';

describe('ListDeliveries', () => {
  it('asks one row more than the page to know whether another page follows', async () => {
    const rows = ['c', 'b', 'a'].map((id) => delivery({ id }));
    const list = jest.fn(async () => rows);
    const page = await new ListDeliveries({ list } as unknown as DeliveryRepository).execute({ status: 'failed', recipientId: 'agency-a', limit: 2 });
    expect(list).toHaveBeenCalledWith(
      { status: 'failed', channel: undefined, recipient: { kind: undefined, id: 'agency-a' }, eventType: undefined, eventId: undefined },
      3,
      undefined,
    );
    expect(page.items.map((d) => d.id)).toEqual(['c', 'b']);
    expect(page.nextCursor).toBe('b');
  });

  it('says there is no next page when the last one is short', async () => {
    const page = await new ListDeliveries({ list: async () => [delivery({ id: 'a' })] } as unknown as DeliveryRepository).execute({});
    expect(page).toMatchObject({ nextCursor: null });
  });
});
