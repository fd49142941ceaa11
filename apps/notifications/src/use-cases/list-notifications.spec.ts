import { Principal } from '@relais/auth';
import { buildEvent, ReferralCreated } from '@relais/contracts';
import * as s from '../../test/support/samples';
import { inboxItem } from '../../test/support/unit-doubles';
import { InboxItem, InboxRepository } from '../persistence/inbox.repository';
import { ListNotifications } from './list-notifications';

function item(id: string): InboxItem {
  const event = buildEvent(ReferralCreated, s.created(s.referralFacts({ reference: 'R-7K2M9QXA' })), { correlationId: 'c' });
  return inboxItem(id, { kind: 'agency', id: 'agency-a' }, event);
}

describe('ListNotifications', () => {
  it('reads only the inboxes the token names, rendered in French by default', async () => {
    const list = jest.fn(async () => ({ items: [item('b')], next: 'b' }));
    const inbox = { list, unreadCount: async () => 7 } as unknown as InboxRepository;
    const principal: Principal = { sub: 'u', roles: ['agency_caseworker'], agencyId: 'agency-a' };
    const page = await new ListNotifications(inbox).execute(principal, { unread: true }, { limit: 1, after: 'c' });
    expect(list).toHaveBeenCalledWith([{ kind: 'agency', id: 'agency-a' }], 'u', { unreadOnly: true }, { limit: 1, after: 'c' });
    expect(page).toMatchObject({ unreadCount: 7, next: 'b', items: [{ id: 'b', title: 'Nouvelle orientation R-7K2M9QXA', read: false }] });
  });

  it('refuses a token that names no inbox', async () => {
    const inbox = { list: jest.fn() } as unknown as InboxRepository;
    await expect(new ListNotifications(inbox).execute({ sub: 'u', roles: ['agency_caseworker'] }, {}, { limit: 50 })).rejects.toMatchObject({ code: 'NO_INBOX', httpStatus: 403 });
    expect(inbox.list).not.toHaveBeenCalled();
  });
});
