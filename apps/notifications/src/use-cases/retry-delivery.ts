import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { DeliveryDispatcher } from '../dispatcher/delivery-dispatcher';
import { NotificationsErrorCode, NotificationsException } from '../domain/notifications.errors';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { deliveryView, DeliveryViewModel } from './views';

/**
 * Sends a failed delivery again, with a fresh retry window: once the receiver is fixed, the
 * coordinator need not wait for a new event. Addresses an earlier attempt reached are skipped.
 */
@Injectable()
export class RetryDelivery {
  constructor(
    private readonly tx: TransactionHost,
    private readonly deliveries: DeliveryRepository,
    private readonly dispatcher: DeliveryDispatcher,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal, id: string): Promise<DeliveryViewModel> {
    const view = await this.tx.run(async (manager) => {
      const delivery = await this.deliveries.findById(id, { forUpdate: true });
      if (!delivery) throw new NotificationsException(NotificationsErrorCode.DeliveryNotFound, { id });
      if (delivery.status !== 'failed') throw new NotificationsException(NotificationsErrorCode.DeliveryNotRetryable, { id, status: delivery.status });
      const requeued = await this.deliveries.requeue(id);
      if (!requeued) throw new NotificationsException(NotificationsErrorCode.DeliveryNotRetryable, { id, status: delivery.status });
      await this.deliveries.wakeDispatchers();
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'delivery.retry',
        resourceType: 'delivery',
        resourceId: id,
        outcome: 'success',
        details: { channel: delivery.channel, attempts: delivery.attempts, previousError: delivery.lastError },
      });
      return deliveryView(requeued);
    });
    this.dispatcher.wake();
    return view;
  }
}
