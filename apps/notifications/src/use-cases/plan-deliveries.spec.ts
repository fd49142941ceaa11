import { delivery, fakeTransactions, RecordingOutbox } from '../../test/support/unit-doubles';
import { NotificationChannel, uuidv7 } from '@relais/contracts';
import { RecipientRef } from '../domain/recipients';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { ChannelSummary, RecipientRepository } from '../persistence/recipient.repository';
import { PlanDeliveries } from './plan-deliveries';

// Ids as the contract wants them (UUIDs): the recording outbox refuses what the real one would.
const EVENT_ID = '0195f3a2-0000-7000-8000-0000000000e1';
const deliveryIds = new Map<string, string>();
const deliveryIdOf = (recipientId: string, channel: string) => {
  const key = `${recipientId}-${channel}`;
  if (!deliveryIds.has(key)) deliveryIds.set(key, uuidv7());
  return deliveryIds.get(key)!;
};

describe('PlanDeliveries', () => {
  const configured = new Map<string, ChannelSummary>([['agency:a', { language: 'fr', webhook: true, email: false, sms: true }]]);
  const recipients = { summaries: async () => configured } as unknown as RecipientRepository;

  function setup(existing: string[] = []) {
    const create = jest.fn(async (event: { id: string; type: string }, recipient: RecipientRef, channels: NotificationChannel[]) =>
      channels
        .filter((c) => !existing.includes(`${recipient.kind}:${recipient.id}/${c}`))
        .map((channel) => delivery({ id: deliveryIdOf(recipient.id, channel), eventId: event.id, recipient, channel, status: channel === 'inbox' ? 'delivered' : 'pending', attempts: channel === 'inbox' ? 1 : 0, deliveredAt: channel === 'inbox' ? new Date('2027-03-10T12:00:00Z') : null })),
    );
    const outbox = new RecordingOutbox();
    return { plan: new PlanDeliveries(fakeTransactions().tx, recipients, { create } as unknown as DeliveryRepository, outbox.outbox), create, outbox };
  }

  it('delivers on the inbox and the configured channels, or the inbox alone', async () => {
    const { plan, create } = setup();
    const created = await plan.execute({ id: EVENT_ID, type: 'referral.escalated.v1' }, [
      { recipient: { kind: 'agency', id: 'a' }, reach: 'all' },
      { recipient: { kind: 'coordinator', id: 'coordinator' }, reach: 'all' },
      { recipient: { kind: 'agency', id: 'a2' }, reach: 'inbox' },
    ]);
    expect(create.mock.calls.map(([, r, channels]) => [r.id, channels])).toEqual([
      ['a', ['inbox', 'webhook', 'sms']],
      ['coordinator', ['inbox']],
      ['a2', ['inbox']],
    ]);
    expect(created).toHaveLength(5);
  });

  it('reports inbox deliveries as delivered at once, and only those just created', async () => {
    const { plan, outbox } = setup(['agency:a/inbox']);
    await plan.execute({ id: EVENT_ID, type: 'referral.created.v1' }, [
      { recipient: { kind: 'agency', id: 'a' }, reach: 'all' },
      { recipient: { kind: 'agency', id: 'b' }, reach: 'all' },
    ]);
    expect(outbox.events).toEqual([
      {
        type: 'notifications.delivered.v1',
        data: { deliveryId: deliveryIdOf('b', 'inbox'), eventId: EVENT_ID, eventType: 'referral.created.v1', recipientKind: 'agency', recipientId: 'b', channel: 'inbox', attempts: 1, deliveredAt: '2027-03-10T12:00:00.000Z' },
        options: undefined,
      },
    ]);
  });

  it('does nothing for an event that reaches nobody', async () => {
    const { plan, create } = setup();
    expect(await plan.execute({ id: EVENT_ID, type: 'prosecution.victim-linked.v1' }, [])).toEqual([]);
    expect(create).not.toHaveBeenCalled();
  });
});
