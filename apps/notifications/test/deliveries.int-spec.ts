import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ReferralCreated } from '@relais/contracts';
import { eventually, request } from '@relais/testing';
import { Webhook } from 'standardwebhooks';
import { ClaimedDelivery } from '../src/domain/delivery';
import { DeliveryRepository } from '../src/persistence/delivery.repository';
import { Harness, newSecret, startHarness, users } from './support/harness';
import { HttpRecorder } from './support/http-recorder';
import * as s from './support/samples';
import { SmtpRecorder } from './support/smtp-recorder';

jest.setTimeout(120_000);

const BASE_MS = 20;
const CAP_MS = 200;
const WINDOW_MS = 2500;

/** A port nobody listens on yet: the SMTP server comes up later in the test. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('deliveries: retries, failures and manual retry (real receivers, Kafka, Postgres)', () => {
  let h: Harness;
  let smtpPort: number;
  const webhooks = new HttpRecorder();
  const gateway = new HttpRecorder();
  const smtp = new SmtpRecorder();
  const secrets: Record<string, string> = {};

  beforeAll(async () => {
    await Promise.all([webhooks.start(), gateway.start()]);
    smtpPort = await freePort();
    h = await startHarness({
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SMTP_TIMEOUT_MS: '1000',
      SMS_GATEWAY_URL: gateway.url('/sms'),
      DELIVERY_RETRY_BASE_MS: String(BASE_MS),
      DELIVERY_RETRY_CAP_MS: String(CAP_MS),
      DELIVERY_RETRY_WINDOW_MS: String(WINDOW_MS),
      WEBHOOK_TIMEOUT_MS: '300',
    });
  });

  afterAll(async () => {
    await h?.close();
    await Promise.all([webhooks.close(), gateway.close(), smtp.close()]);
  });

  async function configure(agencyId: string, channels: { webhook?: string; emails?: string[]; phones?: string[] }, language = 'fr') {
    secrets[agencyId] = newSecret();
    const body = {
      ...(channels.webhook ? { webhook: { url: webhooks.url(channels.webhook), secret: secrets[agencyId] } } : {}),
      emails: channels.emails ?? [],
      phones: channels.phones ?? [],
      language,
    };
    expect((await h.call(`/api/v1/recipients/${agencyId}/channels`, users.coordinator, { method: 'PUT', body })).status).toBe(200);
  }

  /** Publishes a referral for the agency; returns its delivery on `channel` once it exists. */
  async function referTo(agencyId: string, channel: string, extra: Partial<ReturnType<typeof s.created>> = {}) {
    const event = await h.publish(ReferralCreated, s.created(s.referralFacts({ agencyId }), extra));
    return eventually(async () => {
      const delivery = (await h.deliveriesOf(event.id)).find((d) => d.channel === channel);
      expect(delivery).toBeDefined();
      return { event, delivery: delivery! };
    });
  }

  const status = async (id: string) => (await h.db.query(`SELECT status, attempts, last_error FROM deliveries WHERE id = $1`, [id]))[0];

  it('a receiver that fails five times then succeeds gets exactly one successful delivery, backing off between attempts', async () => {
    await configure('agency-flaky', { webhook: '/flaky' });
    webhooks.respond('/flaky', (n) => (n <= 5 ? 503 : 200));
    const { event, delivery } = await referTo('agency-flaky', 'webhook');
    await eventually(async () => expect(await status(delivery.id)).toEqual({ status: 'delivered', attempts: 6, last_error: null }));

    const hits = webhooks.to('/flaky');
    expect(hits.map((r) => r.status)).toEqual([503, 503, 503, 503, 503, 200]);
    expect(hits.filter((r) => r.status === 200)).toHaveLength(1);
    for (const hit of hits) {
      expect(hit.headers['webhook-id']).toBe(delivery.id);
      const verified = new Webhook(secrets['agency-flaky']).verify(hit.body, hit.headers as Record<string, string>) as { id: string; data: { agencyId: string } };
      expect(verified).toMatchObject({ id: event.id, data: { agencyId: 'agency-flaky' } });
    }
    // Exponential backoff with jitter: each wait at least half the nominal delay (20, 40, 80, 160, then the 200 ms cap).
    const gaps = hits.slice(1).map((hit, i) => hit.at - hits[i].at);
    [20, 40, 80, 160, 200].forEach((nominal, i) => expect(gaps[i]).toBeGreaterThanOrEqual(nominal / 2 - 5));

    const outcomes = await eventually(async () => {
      const delivered = (await h.producedEvents<{ deliveryId: string; attempts: number }>('notifications.delivered.v1')).filter((e) => e.data.deliveryId === delivery.id);
      expect(delivered).toHaveLength(1);
      return delivered;
    });
    expect(outcomes[0].data.attempts).toBe(6);
    expect((await h.producedEvents<{ deliveryId: string }>('notifications.delivery-failed.v1')).filter((e) => e.data.deliveryId === delivery.id)).toEqual([]);
  });

  it('retries a receiver that does not answer in time', async () => {
    await configure('agency-slow', { webhook: '/slow' });
    webhooks.respond('/slow', (n) => (n <= 2 ? 'hang' : 204));
    const { delivery } = await referTo('agency-slow', 'webhook');
    await eventually(async () => expect(await status(delivery.id)).toMatchObject({ status: 'delivered', attempts: 3 }));
    const audit = await h.db.query(`SELECT action, details FROM audit_log WHERE resource_id = $1 ORDER BY id`, [delivery.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['delivery.attempt', 'delivery.attempt', 'delivery.deliver']);
    expect(audit[0].details).toEqual({ channel: 'webhook', attempts: 1, error: 'timeout after 300 ms' });
  });

  it('gives up after the retry window, reports it, and sends again when the coordinator asks', async () => {
    await configure('agency-down', { webhook: '/down' });
    webhooks.respond('/down', () => 500);
    const { delivery } = await referTo('agency-down', 'webhook');
    const failed = await eventually(async () => {
      const row = await status(delivery.id);
      expect(row.status).toBe('failed');
      return row;
    }, 20_000);
    expect(failed.last_error).toBe('HTTP 500');
    expect(failed.attempts).toBeGreaterThan(5);
    const [timing] = await h.db.query(`SELECT extract(epoch FROM failed_at - first_attempt_at) * 1000 AS ms FROM deliveries WHERE id = $1`, [delivery.id]);
    expect(Number(timing.ms)).toBeGreaterThan(WINDOW_MS - CAP_MS - 50);
    expect(Number(timing.ms)).toBeLessThan(WINDOW_MS + 1000);

    const reported = await eventually(async () => {
      const events = (await h.producedEvents<{ deliveryId: string; lastError: string; attempts: number }>('notifications.delivery-failed.v1')).filter(
        (e) => e.data.deliveryId === delivery.id,
      );
      expect(events).toHaveLength(1);
      return events[0];
    });
    expect(reported.data).toMatchObject({ lastError: 'HTTP 500', attempts: failed.attempts, channel: 'webhook', recipientKind: 'agency', recipientId: 'agency-down' });

    const list = await h.call('/api/v1/deliveries?status=failed&recipientId=agency-down', users.coordinator);
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([delivery.id]);
    expect(list.body.items[0]).toMatchObject({ status: 'failed', lastError: 'HTTP 500', channel: 'webhook', failedAt: expect.any(String) });
    expect((await h.call('/api/v1/deliveries?status=failed', users.caseworkerOf('agency-down'))).status).toBe(403);
    expect((await h.call('/api/v1/deliveries?status=lost', users.coordinator)).status).toBe(400);

    webhooks.respond('/down', () => 200);
    const retried = await h.call(`/api/v1/deliveries/${delivery.id}/retry`, users.sysadmin, { method: 'POST' });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: delivery.id, status: 'pending', firstAttemptAt: null });
    await eventually(async () => expect(await status(delivery.id)).toMatchObject({ status: 'delivered', attempts: failed.attempts + 1 }));
    expect(webhooks.to('/down').filter((r) => r.status === 200)).toHaveLength(1);

    const again = await h.call(`/api/v1/deliveries/${delivery.id}/retry`, users.coordinator, { method: 'POST' });
    expect([again.status, again.body.code]).toEqual([409, 'DELIVERY_NOT_RETRYABLE']);
    const missing = await h.call(`/api/v1/deliveries/${randomUUID()}/retry`, users.coordinator, { method: 'POST' });
    expect([missing.status, missing.body.code]).toEqual([404, 'DELIVERY_NOT_FOUND']);
    const [audit] = await h.db.query(`SELECT actor, details FROM audit_log WHERE action = 'delivery.retry' AND resource_id = $1`, [delivery.id]);
    expect(audit).toEqual({ actor: users.sysadmin.sub, details: { channel: 'webhook', attempts: failed.attempts, previousError: 'HTTP 500' } });
  });

  it('waits for an SMTP server that is down, without crashing anything, and sends once it is up', async () => {
    await configure('agency-mail', { emails: ['permanence@agency-mail.ml'] });
    const { delivery } = await referTo('agency-mail', 'email');
    await eventually(async () => expect(await status(delivery.id)).toMatchObject({ status: 'retrying', last_error: expect.stringMatching(/^SMTP E[A-Z]+$/) }));
    expect((await request(`${h.service.url}/health/ready`)).status).toBe(200);
    await smtp.start(smtpPort);
    await eventually(async () => expect(await status(delivery.id)).toMatchObject({ status: 'delivered', last_error: null }));
    expect(smtp.to('permanence@agency-mail.ml')).toHaveLength(1);
  });

  it('fails at once an address the server refuses, reaches the others once, and skips them on a manual retry', async () => {
    await eventually(() => expect(smtp.port).toBe(smtpPort));
    smtp.rejected.add('inconnu@agency-mixed.ml');
    await configure('agency-mixed', { emails: ['accueil@agency-mixed.ml', 'inconnu@agency-mixed.ml'] });
    const { delivery } = await referTo('agency-mixed', 'email');
    const failed = await eventually(async () => {
      const row = await status(delivery.id);
      expect(row.status).toBe('failed');
      return row;
    });
    expect(failed).toEqual({ status: 'failed', attempts: 1, last_error: 'SMTP 550 EENVELOPE' });
    expect(smtp.to('accueil@agency-mixed.ml')).toHaveLength(1);
    await h.call(`/api/v1/deliveries/${delivery.id}/retry`, users.coordinator, { method: 'POST' });
    await eventually(async () => expect(await status(delivery.id)).toMatchObject({ status: 'failed', attempts: 2 }));
    expect(smtp.to('accueil@agency-mixed.ml')).toHaveLength(1);
  });

  it('splits a long SMS into concatenated GSM-7 parts, and fails at once a number the gateway rejects', async () => {
    gateway.respond('/sms', (_, req) => (JSON.parse(req.body).to === '+22390000000' ? 422 : 202));
    await configure('agency-sms', { phones: ['+22376000009', '+22390000000'] });
    const { delivery } = await referTo('agency-sms', 'sms', {
      urgent: true, reroutedFrom: s.referralFacts().referralId, region: 'taoudenit', need: 'childProtection', ageGroup: '48+', isMinor: false, sex: 'male',
    });
    await eventually(async () => expect(await status(delivery.id)).toEqual({ status: 'failed', attempts: 1, last_error: 'SMS gateway HTTP 422' }));
    const parts = gateway.requests.map((r) => JSON.parse(r.body)).filter((m) => m.to === '+22376000009' && String(m.reference).startsWith(delivery.id));
    expect(parts.map((p) => [p.reference, p.concatenation.part, p.concatenation.parts])).toEqual([
      [`${delivery.id}:1`, 1, 2],
      [`${delivery.id}:2`, 2, 2],
    ]);
    expect(parts[0].text).toHaveLength(153);
    expect(parts.map((p) => p.text).join('')).toMatch(/^URGENT - Nouvelle orientation R-\w{8} \(réorientation\) : homme, 48 ans et plus, région de Taoudénit, besoin : protection de l'enfance\./);
  });

  it('takes over a delivery whose sender vanished, and ignores the vanished sender when it comes back', async () => {
    await configure('agency-lease', { webhook: '/lease' });
    const { delivery } = await referTo('agency-lease', 'webhook');
    await eventually(async () => expect((await status(delivery.id)).status).toBe('delivered'));
    // As if a sender had crashed after claiming it and before recording anything.
    const staleToken = randomUUID();
    await h.db.query(
      `UPDATE deliveries SET status = 'sending', claim_token = $2, lease_until = now() - interval '1 second', done_targets = '{}', delivered_at = NULL WHERE id = $1`,
      [delivery.id, staleToken],
    );
    await h.db.query(`SELECT pg_notify('relais_deliveries_notifications', '')`);
    await eventually(async () => expect(await status(delivery.id)).toMatchObject({ status: 'delivered', attempts: 2 }));
    expect(webhooks.to('/lease').map((r) => r.headers['webhook-id'])).toEqual([delivery.id, delivery.id]);

    const stale = { id: delivery.id, claimToken: staleToken } as ClaimedDelivery;
    expect(await h.service.app.get(DeliveryRepository).markFailed(stale, [], 'late')).toBeUndefined();
    expect(await status(delivery.id)).toMatchObject({ status: 'delivered', last_error: null });
  });
});
