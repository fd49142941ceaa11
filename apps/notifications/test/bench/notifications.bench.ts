/**
 * Measures the notifications pipeline end to end on the real broker and database: N referrals
 * published to Kafka, each routed to one agency with a webhook, an e-mail address and a phone
 * (four deliveries per event), all receivers local. Prints throughput, latency percentiles from
 * event time to delivery, and memory, beside a baseline of plain signed webhook POSTs to the same
 * receiver at the same concurrency.
 *
 *   node -r @swc-node/register apps/notifications/test/bench/notifications.bench.ts [events=300]
 */
import 'reflect-metadata';
import { ReferralCreated } from '@relais/contracts';
import { Webhook } from 'standardwebhooks';
import { newSecret, startHarness, users } from '../support/harness';
import { HttpRecorder } from '../support/http-recorder';
import * as s from '../support/samples';
import { SmtpRecorder } from '../support/smtp-recorder';

const EVENTS = Number(process.argv[2] ?? 300);
// The service's default worker count, stated so that the baseline uses the same.
const CONCURRENCY = 4;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function baseline(url: string, secret: string, count: number): Promise<number> {
  const body = JSON.stringify({ specversion: '1.0', data: s.created() });
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const id = `msg-${next++}`;
        const now = new Date();
        await fetch(url, {
          method: 'POST',
          headers: { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign(id, now, body) },
          body,
        }).then((r) => r.arrayBuffer());
      }
    }),
  );
  return (count / (performance.now() - started)) * 1000;
}

async function main(): Promise<void> {
  const webhooks = await new HttpRecorder().start();
  const gateway = await new HttpRecorder().start();
  const smtp = await new SmtpRecorder().start();
  const h = await startHarness({ SMTP_URL: smtp.url, SMS_GATEWAY_URL: gateway.url('/sms'), LOG_LEVEL: 'error', DISPATCH_CONCURRENCY: String(CONCURRENCY) });
  try {
    const secret = newSecret();
    await h.call('/api/v1/recipients/agency-bench/channels', users.coordinator, {
      method: 'PUT',
      body: { webhook: { url: webhooks.url('/bench'), secret }, emails: ['bench@agency.ml'], phones: ['+22376000000'], language: 'fr' },
    });
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    for (let i = 0; i < EVENTS; i++) await h.publish(ReferralCreated, s.created(s.referralFacts({ agencyId: 'agency-bench' })));
    const published = performance.now();
    for (;;) {
      const [{ done }] = await h.db.query(`SELECT count(*)::int AS done FROM deliveries WHERE status = 'delivered'`);
      if (done >= EVENTS * 4) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const finished = performance.now();
    // From the event's time (set when published) to the delivery's completion.
    const rows: { channel: string; ms: string }[] = await h.db.query(
      `SELECT d.channel, extract(epoch FROM d.delivered_at - e.occurred_at) * 1000 AS ms FROM deliveries d JOIN notified_events e USING (event_id)`,
    );
    const latencies = rows.map((r) => Number(r.ms)).sort((a, b) => a - b);
    const byChannel: Record<string, number[]> = {};
    for (const r of rows) (byChannel[r.channel] ??= []).push(Number(r.ms));
    const baselineRate = await baseline(webhooks.url('/baseline'), secret, EVENTS);
    const report = {
      events: EVENTS,
      deliveries: EVENTS * 4,
      dispatchConcurrency: CONCURRENCY,
      publishSeconds: +((published - started) / 1000).toFixed(2),
      totalSeconds: +((finished - started) / 1000).toFixed(2),
      deliveriesPerSecond: +((EVENTS * 4) / ((finished - started) / 1000)).toFixed(1),
      latencyMs: { p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)), p99: Math.round(percentile(latencies, 99)), max: Math.round(latencies[latencies.length - 1]) },
      latencyP95ByChannelMs: Object.fromEntries(Object.entries(byChannel).map(([c, v]) => [c, Math.round(percentile(v.sort((a, b) => a - b), 95))])),
      received: { webhooks: webhooks.to('/bench').length, emails: smtp.received.length, sms: gateway.requests.length },
      baselinePlainWebhookPostsPerSecond: +baselineRate.toFixed(1),
      rssMb: { before: Math.round(rssBefore / 1e6), after: Math.round(process.memoryUsage().rss / 1e6) },
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await h.close();
    await Promise.all([webhooks.close(), gateway.close(), smtp.close()]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
