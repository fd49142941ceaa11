import { buildEvent, HearingScheduled, ReferralCreated } from '@relais/contracts';
import * as s from '../../test/support/samples';
import { fakeTransactions, RecordingAudit } from '../../test/support/unit-doubles';
import { Route } from '../domain/recipients';
import { AccompanimentRepository } from '../persistence/accompaniment.repository';
import { NotifiedEventRepository } from '../persistence/notified-event.repository';
import { NotifyEvent } from './notify-event';
import { PlanDeliveries } from './plan-deliveries';
import { AccompanimentOutcome, TrackAccompaniment } from './track-accompaniment';

function setup(outcome: AccompanimentOutcome) {
  const order: string[] = [];
  const projection = {
    lock: jest.fn(async () => void order.push('lock')),
    lockWhole: jest.fn(async () => void order.push('lockWhole')),
  } as unknown as AccompanimentRepository;
  const track = { execute: jest.fn(async () => (order.push('track'), outcome)) } as unknown as TrackAccompaniment;
  const events = { store: jest.fn(async (e: { id: string; type: string }) => (order.push('store'), { id: e.id, type: e.type })) } as unknown as NotifiedEventRepository;
  const planned: [string, Route[]][] = [];
  const plan = { execute: jest.fn(async (e: { id: string }, routes: Route[]) => (planned.push([e.id, routes]), routes.map(() => ({})))) } as unknown as PlanDeliveries;
  const audit = new RecordingAudit();
  return { notify: new NotifyEvent(fakeTransactions().tx, projection, track, events, plan, audit.trail), order, planned, audit, events, projection };
}

describe('NotifyEvent', () => {
  it('stores a new referral, plans its deliveries and audits, without waiting on the accompaniment lock', async () => {
    const event = buildEvent(ReferralCreated, s.created(s.referralFacts({ agencyId: 'a1' })), { correlationId: 'c' });
    const { notify, order, planned, audit } = setup({ accompanyingAgencies: [], late: [] });
    expect(await notify.execute(event)).toEqual({ deliveries: 1 });
    expect(order).toEqual(['track', 'store']);
    expect(planned).toEqual([[event.id, [{ recipient: { kind: 'agency', id: 'a1' }, reach: 'all' }]]]);
    expect(audit.entries).toEqual([
      {
        actor: 'system:notifications',
        action: 'event.notify',
        resourceType: 'event',
        resourceId: event.id,
        outcome: 'success',
        details: { eventType: 'referral.created.v1', recipients: 1, lateNotices: 0, deliveries: 1 },
      },
    ]);
  });

  it('locks the case and its victims first for an event that reads or changes who accompanies whom', async () => {
    const c = s.caseFacts();
    const event = buildEvent(HearingScheduled, s.hearing(c), { correlationId: 'c' });
    const { notify, order, projection } = setup({ accompanyingAgencies: ['a1'], late: [] });
    await notify.execute(event);
    expect(order).toEqual(['lock', 'track', 'store']);
    expect(projection.lock).toHaveBeenCalledWith({ cases: [c.caseId], victims: c.victimRefs, allVictimsOfCase: c.caseId });
  });

  it('locks the whole projection for a retried event, which may have failed in a cycle of waits', async () => {
    const event = buildEvent(HearingScheduled, s.hearing(), { correlationId: 'c' });
    const { notify, order } = setup({ accompanyingAgencies: ['a1'], late: [] });
    await notify.execute(event, 2);
    expect(order).toEqual(['lockWhole', 'track', 'store']);
  });

  it('routes a hearing to the accompanying agencies, and earlier notices to the agencies they now concern', async () => {
    const event = buildEvent(HearingScheduled, s.hearing(), { correlationId: 'c' });
    const { notify, planned } = setup({ accompanyingAgencies: ['a1', 'a2'], late: [{ event: { id: 'old', type: 'prosecution.judgment-rendered.v1' }, agencyIds: ['a3'] }] });
    expect(await notify.execute(event)).toEqual({ deliveries: 3 });
    expect(planned.map(([id, routes]) => [id, routes.map((r) => r.recipient.id)])).toEqual([
      [event.id, ['a1', 'a2']],
      ['old', ['a3']],
    ]);
  });

  it('keeps no copy of an event that reaches nobody', async () => {
    const event = buildEvent(HearingScheduled, s.hearing(), { correlationId: 'c' });
    const { notify, events, audit } = setup({ accompanyingAgencies: [], late: [] });
    expect(await notify.execute(event)).toEqual({ deliveries: 0 });
    expect(events.store).not.toHaveBeenCalled();
    expect(audit.entries[0].details).toMatchObject({ recipients: 0, deliveries: 0 });
  });
});
