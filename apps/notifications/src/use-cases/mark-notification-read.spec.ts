import { buildEvent, ReferralAccepted } from '@relais/contracts';
import * as s from '../../test/support/samples';
import { fakeTransactions, inboxItem, RecordingAudit } from '../../test/support/unit-doubles';
import { InboxItem, InboxRepository } from '../persistence/inbox.repository';
import { MarkNotificationRead } from './mark-notification-read';

const event = buildEvent(ReferralAccepted, s.accepted(), { correlationId: 'c' });
const stored = inboxItem('n1', { kind: 'coordinator', id: 'coordinator' }, event);
const coordinator = { sub: 'c1', roles: ['coordinator'] } as const;

function setup(found: InboxItem | undefined, first: boolean) {
  const readAt = new Date('2027-03-10T12:00:00Z');
  const inbox = { find: jest.fn(async () => found), markRead: jest.fn(async () => ({ readAt, first })) } as unknown as InboxRepository;
  const audit = new RecordingAudit();
  return { useCase: new MarkNotificationRead(fakeTransactions().tx, inbox, audit.trail), inbox, audit };
}

describe('MarkNotificationRead', () => {
  it('marks and audits the first read', async () => {
    const { useCase, audit } = setup(stored, true);
    expect(await useCase.execute(coordinator as never, 'n1')).toMatchObject({ id: 'n1', read: true, readAt: '2027-03-10T12:00:00.000Z' });
    expect(audit.entries.map((e) => [e.actor, e.action, e.resourceId, e.details])).toEqual([['c1', 'notification.read', 'n1', { eventType: 'referral.accepted.v1' }]]);
  });

  it('does not audit a second read, which changes nothing', async () => {
    const { useCase, audit } = setup(stored, false);
    await useCase.execute(coordinator as never, 'n1');
    expect(audit.entries).toEqual([]);
  });

  it("answers a notification outside the caller's inboxes as absent", async () => {
    const { useCase, inbox } = setup(undefined, true);
    await expect(useCase.execute(coordinator as never, 'n1')).rejects.toMatchObject({ code: 'NOTIFICATION_NOT_FOUND', httpStatus: 404 });
    expect(inbox.markRead).not.toHaveBeenCalled();
  });
});
