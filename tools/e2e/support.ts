import { createServer, Server } from 'node:http';
import { SERVICE_PORTS, SERVICES, ServiceName } from '@relais/contracts';
import { Webhook } from 'standardwebhooks';

/**
 * The services' usual ports (SERVICE_PORTS) moved by `offset`: each suite runs its own platform,
 * which must never answer for another suite's or for `npm start`'s.
 */
export function portsShiftedBy(offset: number): Record<ServiceName, number> {
  return Object.fromEntries(SERVICES.map((service) => [service, SERVICE_PORTS[service] + offset])) as Record<ServiceName, number>;
}

export interface ReceivedWebhook {
  /** The path the webhook was sent to (its last segment names the agency in our set-ups). */
  path: string;
  /** The webhook-id header: one per message, kept across retries. */
  id: string;
  body: { id: string; type: string; data: Record<string, unknown> };
}

/**
 * A partner's system on a free port of 127.0.0.1: it verifies each webhook's signature (401 when it
 * does not hold) and answers what `receive` returns for the verified ones.
 */
export async function startWebhookReceiver(secret: string, receive: (webhook: ReceivedWebhook) => number): Promise<Server> {
  const receiver = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      try {
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
        const body = new Webhook(secret).verify(raw, headers) as ReceivedWebhook['body'];
        res.writeHead(receive({ path: req.url ?? '', id: headers['webhook-id'], body })).end();
      } catch {
        res.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  return receiver;
}

/** What both end-to-end suites submit: a child found begging in Mopti an hour ago, referred with the guardian's consent. */
export function childInMopti(id: string, person: Record<string, unknown>, more: { place?: Record<string, unknown>; indicators: string[]; needs: { need: string; urgent?: boolean }[] }) {
  return {
    id,
    identifiedAt: new Date(Date.now() - 3600_000).toISOString(),
    place: { region: 'mopti', cercle: 'Mopti', ...more.place },
    person,
    exploitation: { forms: ['ForcedBegging'] },
    indicators: more.indicators,
    assessment: 'PossibleVictimOfTrafficking',
    needs: more.needs,
    consent: { referral: true, dataSharing: false, givenBy: 'guardian', recordedAt: new Date().toISOString() },
  };
}
