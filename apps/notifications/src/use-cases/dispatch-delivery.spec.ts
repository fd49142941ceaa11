import { buildEvent, ReferralCreated } from '@relais/contracts';
import { createLogger } from '@relais/observability';
import * as s from '../../test/support/samples';
import { delivery, fakeTransactions, RecordingAudit, RecordingOutbox } from '../../test/support/unit-doubles';
import { EmailSender } from '../channels/email.sender';
import { SmsSender } from '../channels/sms.sender';
import { WebhookSender } from '../channels/webhook.sender';
import { ClaimedDelivery, Delivery } from '../domain/delivery';
import { DeliveryError } from '../domain/delivery-error';
import { NotificationsConfig } from '../notifications.config';
import { ChannelSealer } from '../persistence/channel-sealer';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { NotifiedEventRepository } from '../persistence/notified-event.repository';
import { RecipientChannels, RecipientRepository } from '../persistence/recipient.repository';
import { DispatchDelivery } from './dispatch-delivery';

const event = buildEvent(ReferralCreated, s.created(s.referralFacts({ agencyId: 'agency-a', reference: 'R-7K2M9QXA' })), { correlationId: 'corr-1' });
const recipient: RecipientChannels = {
  recipient: { kind: 'agency', id: 'agency-a' },
  language: 'en',
  webhook: { url: 'https://a.example.ml/hook', secret: 'whsec_x' },
  emails: ['one@a.ml', 'two@a.ml'],
  phones: ['+22376000000'],
  version: 1,
  updatedAt: new Date(),
  updatedBy: 'u',
};

const claim = (overrides: Partial<ClaimedDelivery> = {}): ClaimedDelivery => ({
  ...delivery({ eventId: event.id, status: 'sending', attempts: 1 }),
  claimToken: 'token',
  firstAttemptAt: new Date(),
  doneTargets: [],
  ...overrides,
});

function setup(options: { recipient?: RecipientChannels; email?: (to: string) => Promise<void>; leaseLost?: boolean } = {}) {
  const finished: { how: string; done: string[]; error?: string; at?: Date }[] = [];
  const finish = (how: string) =>
    jest.fn(async (c: ClaimedDelivery, done: string[], error?: string, at?: Date): Promise<Delivery | undefined> => {
      finished.push({ how, done, error, at });
      if (options.leaseLost) return undefined;
      const status = how === 'delivered' ? 'delivered' : how === 'retrying' ? 'retrying' : 'failed';
      return { ...c, status, lastError: error ?? null, deliveredAt: status === 'delivered' ? new Date() : null, failedAt: status === 'failed' ? new Date() : null };
    });
  const deliveries = { markDelivered: finish('delivered'), markRetrying: finish('retrying'), markFailed: finish('failed') } as unknown as DeliveryRepository;
  const events = { find: async () => ({ id: event.id, type: event.type, occurredAt: new Date(), payload: JSON.stringify(event) }) } as unknown as NotifiedEventRepository;
  const recipients = { find: async () => ('recipient' in options ? options.recipient : recipient) } as unknown as RecipientRepository;
  const sealer = { targetDigest: (t: string) => `digest(${t})` } as unknown as ChannelSealer;
  const webhooks = { send: jest.fn(async () => undefined) } as unknown as WebhookSender;
  const emailSend = jest.fn(async (request: { to: string; email: { subject: string } }) => (options.email ? options.email(request.to) : undefined));
  const sms = { send: jest.fn(async () => undefined) } as unknown as SmsSender;
  const outbox = new RecordingOutbox();
  const audit = new RecordingAudit();
  const config = { retryPolicy: { baseMs: 1000, capMs: 60_000, windowMs: 3_600_000 } } as NotificationsConfig;
  const dispatch = new DispatchDelivery(
    config, createLogger('test', 'silent'), fakeTransactions().tx, deliveries, events, recipients, sealer, webhooks,
    { send: emailSend } as unknown as EmailSender, sms, outbox.outbox, audit.trail,
  );
  return { dispatch, finished, webhooks, emailSend, sms, outbox, audit };
}

describe('DispatchDelivery', () => {
  it('posts the stored event to the webhook and reports the delivery in the event’s chain', async () => {
    const { dispatch, webhooks, finished, outbox, audit } = setup();
    const result = await dispatch.execute(claim());
    expect(result?.status).toBe('delivered');
    expect(webhooks.send).toHaveBeenCalledWith({ url: 'https://a.example.ml/hook', secret: 'whsec_x', deliveryId: claim().id, body: JSON.stringify(event) });
    expect(finished).toEqual([{ how: 'delivered', done: ['digest(webhook:https://a.example.ml/hook)'], error: undefined, at: undefined }]);
    expect(outbox.events.map((e) => [e.type, e.options])).toEqual([['notifications.delivered.v1', { causationId: event.id, correlationId: 'corr-1' }]]);
    expect(audit.entries.map((e) => e.action)).toEqual(['delivery.deliver']);
  });

  it('renders e-mails in the recipient’s language and keeps the addresses it reached when another fails', async () => {
    const { dispatch, emailSend, finished } = setup({ email: async (to) => { if (to === 'two@a.ml') throw new DeliveryError('SMTP 451', false); } });
    const result = await dispatch.execute(claim({ channel: 'email' }));
    expect(emailSend.mock.calls.map(([r]) => [r.to, r.email.subject])).toEqual([
      ['one@a.ml', '[Relais] New referral R-7K2M9QXA'],
      ['two@a.ml', '[Relais] New referral R-7K2M9QXA'],
    ]);
    expect(result?.status).toBe('retrying');
    expect(finished[0]).toMatchObject({ how: 'retrying', done: ['digest(email:one@a.ml)'], error: 'SMTP 451', at: expect.any(Date) });
  });

  it('skips the targets an earlier attempt reached', async () => {
    const { dispatch, emailSend } = setup();
    await dispatch.execute(claim({ channel: 'email', doneTargets: ['digest(email:one@a.ml)'] }));
    expect(emailSend.mock.calls.map(([r]) => r.to)).toEqual(['two@a.ml']);
  });

  it('fails at once, and says so, when every failing target failed for good', async () => {
    const { dispatch, outbox } = setup({ email: async () => { throw new DeliveryError('SMTP 550 EENVELOPE', true); } });
    const result = await dispatch.execute(claim({ channel: 'email' }));
    expect(result?.status).toBe('failed');
    expect(outbox.events.map((e) => [e.type, (e.data as { lastError?: string }).lastError])).toEqual([['notifications.delivery-failed.v1', '2 targets failed: SMTP 550 EENVELOPE']]);
  });

  it('gives up once the retry window is over', async () => {
    const { dispatch, finished } = setup({ email: async () => { throw new DeliveryError('SMTP ECONNECTION'); } });
    await dispatch.execute(claim({ channel: 'email', firstAttemptAt: new Date(Date.now() - 3_600_000) }));
    expect(finished[0].how).toBe('failed');
  });

  it('fails a delivery whose channel was removed since it was planned', async () => {
    const { dispatch, finished, sms } = setup({ recipient: { ...recipient, phones: [] } });
    await dispatch.execute(claim({ channel: 'sms' }));
    expect(sms.send).not.toHaveBeenCalled();
    expect(finished[0]).toMatchObject({ how: 'failed', error: 'SMS no longer configured' });
  });

  it('records nothing more when another worker took the delivery over', async () => {
    const { dispatch, outbox, audit } = setup({ leaseLost: true });
    expect(await dispatch.execute(claim())).toBeUndefined();
    expect(outbox.events).toEqual([]);
    expect(audit.entries).toEqual([]);
  });
});
