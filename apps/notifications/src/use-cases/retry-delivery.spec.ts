import { delivery, fakeTransactions, RecordingAudit } from '../../test/support/unit-doubles';
import { DeliveryDispatcher } from '../dispatcher/delivery-dispatcher';
import { Delivery } from '../domain/delivery';
import { NotificationsErrorCode } from '../domain/notifications.errors';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { RetryDelivery } from './retry-delivery';

function setup(found: Delivery | undefined) {
  const order: string[] = [];
  const deliveries = {
    findById: jest.fn(async () => found),
    requeue: jest.fn(async () => (found ? { ...found, status: 'pending', firstAttemptAt: null } : undefined)),
    wakeDispatchers: jest.fn(async () => void order.push('notify')),
  } as unknown as DeliveryRepository;
  const dispatcher = { wake: jest.fn(() => order.push('wake')) } as unknown as DeliveryDispatcher;
  const audit = new RecordingAudit();
  return { useCase: new RetryDelivery(fakeTransactions().tx, deliveries, dispatcher, audit.trail), deliveries, dispatcher, audit, order };
}

const coordinator = { sub: 'c1', roles: ['coordinator'] } as const;

describe('RetryDelivery', () => {
  it('answers an unknown delivery with 404', async () => {
    await expect(setup(undefined).useCase.execute(coordinator as never, 'x')).rejects.toMatchObject({ code: NotificationsErrorCode.DeliveryNotFound, httpStatus: 404 });
  });

  it.each(['pending', 'sending', 'retrying', 'delivered'] as const)('refuses a %s delivery with 409', async (status) => {
    const { useCase, deliveries } = setup(delivery({ status }));
    await expect(useCase.execute(coordinator as never, 'x')).rejects.toMatchObject({ code: NotificationsErrorCode.DeliveryNotRetryable, httpStatus: 409, params: { status } });
    expect(deliveries.requeue).not.toHaveBeenCalled();
  });

  it('requeues a failed delivery, audits it and wakes the dispatchers', async () => {
    const { useCase, audit, order } = setup(delivery({ status: 'failed', attempts: 7, lastError: 'HTTP 500' }));
    const view = await useCase.execute(coordinator as never, 'x');
    expect(view).toMatchObject({ status: 'pending', attempts: 7, firstAttemptAt: null });
    expect(audit.entries[0]).toMatchObject({ actor: 'c1', action: 'delivery.retry', details: { channel: 'webhook', attempts: 7, previousError: 'HTTP 500' } });
    expect(order).toEqual(['notify', 'wake']);
  });
});
