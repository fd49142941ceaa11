import { fakeTransactions, RecordingAudit } from '../../test/support/unit-doubles';
import { NotificationsErrorCode } from '../domain/notifications.errors';
import { RecipientRepository } from '../persistence/recipient.repository';
import { GetRecipientChannels } from './get-recipient-channels';

const office = { kind: 'office', id: 'tgi-mopti' } as const;

describe('GetRecipientChannels', () => {
  const stored = {
    recipient: office,
    language: 'en',
    webhook: { url: 'https://parquet.ml/hook', secret: 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0' },
    emails: ['greffe@parquet.ml'],
    phones: [],
    version: 4,
    updatedAt: new Date('2027-03-10T12:00:00Z'),
    updatedBy: 'u',
  };
  const recipients = { find: jest.fn(async () => stored) } as unknown as RecipientRepository;

  it('shows the channels without the secret, and audits the read of contact details', async () => {
    const audit = new RecordingAudit();
    const view = await new GetRecipientChannels(fakeTransactions().tx, recipients, audit.trail).execute({ sub: 'c', roles: ['coordinator'] }, office);
    expect(view).toEqual({
      recipientKind: 'office',
      recipientId: 'tgi-mopti',
      language: 'en',
      inbox: true,
      webhook: { url: 'https://parquet.ml/hook', secretConfigured: true },
      emails: ['greffe@parquet.ml'],
      phones: [],
      configured: true,
      version: 4,
      updatedAt: '2027-03-10T12:00:00.000Z',
    });
    expect(audit.entries.map((e) => [e.actor, e.action, e.resourceId])).toEqual([['c', 'recipient.channels.read', 'office:tgi-mopti']]);
  });

  it('refuses a prosecutor, even of that office', async () => {
    const useCase = new GetRecipientChannels(fakeTransactions().tx, recipients, new RecordingAudit().trail);
    await expect(useCase.execute({ sub: 'p', roles: ['prosecutor'], jurisdiction: 'tgi-mopti' }, office)).rejects.toMatchObject({
      code: NotificationsErrorCode.NotYourRecipient,
      httpStatus: 403,
    });
  });
});
