import { Injectable } from '@nestjs/common';
import { CloudEvent, ReferralAcknowledged, ReferralCreated, ReferralDeclined, ReferralEscalated } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { agency, Route } from '../domain/recipients';
import { routesFor } from '../domain/routing-rules';
import { AccompanimentRepository } from '../persistence/accompaniment.repository';
import { NotifiedEventRepository } from '../persistence/notified-event.repository';
import { PlanDeliveries } from './plan-deliveries';
import { accompanimentLocks, TrackAccompaniment } from './track-accompaniment';

export const SYSTEM_ACTOR = 'system:notifications';

const REFERRAL_FLOW_WITHOUT_ACCOMPANIMENT = new Set([ReferralCreated.type, ReferralAcknowledged.type, ReferralDeclined.type, ReferralEscalated.type]);

/** Acceptances, closures, erasures and every case event: what TrackAccompaniment reads or writes. */
export function touchesAccompaniment(event: CloudEvent): boolean {
  return !REFERRAL_FLOW_WITHOUT_ACCOMPANIMENT.has(event.type);
}

/**
 * What the service does with every event it consumes, in the consumer's transaction (the inbox
 * record, the projection, the deliveries, their outbox events and the audit row commit together,
 * or the event is retried): update who accompanies whom, route the event, plan its deliveries.
 */
@Injectable()
export class NotifyEvent {
  constructor(
    private readonly tx: TransactionHost,
    private readonly projection: AccompanimentRepository,
    private readonly track: TrackAccompaniment,
    private readonly events: NotifiedEventRepository,
    private readonly plan: PlanDeliveries,
    private readonly audit: AuditTrail,
  ) {}

  /** `attempt`: 1 on the event's first try, then 2, 3… through the retry topic. */
  async execute(event: CloudEvent, attempt = 1): Promise<{ deliveries: number }> {
    return this.tx.run(async (manager) => {
      // Only events that change or read who accompanies whom need to see each other's writes;
      // the bulk (new referrals and their acknowledgements) go through without waiting.
      if (touchesAccompaniment(event)) await this.lockProjection(event, attempt);
      const accompaniment = await this.track.execute(event);
      const routes = routesFor(event.type, event.data, { accompanyingAgencies: accompaniment.accompanyingAgencies });
      let deliveries = 0;
      if (routes.length) {
        const stored = await this.events.store(event);
        deliveries += (await this.plan.execute(stored, routes)).length;
      }
      for (const late of accompaniment.late) {
        const lateRoutes: Route[] = late.agencyIds.map((id) => ({ recipient: agency(id), reach: 'all' }));
        deliveries += (await this.plan.execute(late.event, lateRoutes)).length;
      }
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'event.notify',
        resourceType: 'event',
        resourceId: event.id,
        outcome: 'success',
        details: { eventType: event.type, recipients: routes.length, lateNotices: accompaniment.late.length, deliveries },
      });
      return { deliveries };
    });
  }

  /**
   * The keys of the cases and victims the event concerns, first thing in the transaction; a retried
   * event takes the whole projection instead, since its first try may have failed in a cycle of
   * waits between two consumer runs (AccompanimentRepository.lock says how, and why that is safe).
   */
  private async lockProjection(event: CloudEvent, attempt: number): Promise<void> {
    if (attempt > 1) return this.projection.lockWhole();
    const keys = accompanimentLocks(event);
    if (keys) await this.projection.lock(keys);
  }
}
