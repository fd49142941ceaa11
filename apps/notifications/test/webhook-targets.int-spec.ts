import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { WebhookTargetGuard } from '../src/channels/webhook-target-guard';
import { WebhookSender } from '../src/channels/webhook.sender';
import { DeliveryError } from '../src/domain/delivery-error';
import { loadNotificationsConfig } from '../src/notifications.config';

/**
 * The target rule with real name resolution and real sockets: "localhost" is a name that resolves
 * to loopback, as a rebinding name would at send time. Production mode needs keys to load; the
 * rule under test reads only NODE_ENV and WEBHOOK_ALLOWED_TARGETS.
 */
const KEYS = `k1:${Buffer.alloc(32, 9).toString('base64')}`;
const production = (extra: Record<string, string> = {}) => loadNotificationsConfig({ NODE_ENV: 'production', CHANNELS_ENCRYPTION_KEYS: KEYS, WEBHOOK_TIMEOUT_MS: '3000', ...extra });
const development = () => loadNotificationsConfig({ WEBHOOK_TIMEOUT_MS: '3000' });
const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

describe('webhook targets (real DNS and sockets)', () => {
  let receiver: Server;
  let port: number;
  const received: IncomingMessage[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      received.push(request);
      request.resume();
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => receiver.close(resolve)));

  const send = (config: ReturnType<typeof development>, host: string) => {
    const sender = new WebhookSender(config, new WebhookTargetGuard(config));
    return sender.send({ url: `http://${host}:${port}/hook`, secret: SECRET, deliveryId: 'd-1', body: '{}' }).finally(() => sender.onModuleDestroy());
  };

  it('in production, refuses at save time a name that resolves to loopback, unless the allow-list names it', async () => {
    expect(await new WebhookTargetGuard(production()).check(`https://localhost:${port}/hook`)).toBe('internal');
    expect(await new WebhookTargetGuard(production()).check('http://169.254.169.254/')).toBe('forbidden');
    expect(await new WebhookTargetGuard(production({ WEBHOOK_ALLOWED_TARGETS: '127.0.0.0/8' })).check(`https://localhost:${port}/hook`)).toBe('allowed');
    expect(await new WebhookTargetGuard(development()).check(`https://localhost:${port}/hook`)).toBe('allowed');
    expect(await new WebhookTargetGuard(production()).check('https://no-such-host.invalid/hook')).toBe('unresolvable');
  });

  it('in production, never connects to a name that resolves to loopback at send time', async () => {
    const before = received.length;
    const error = await send(production(), 'localhost').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).message).toMatch(/refused \(internal\)/);
    expect(received.length).toBe(before);
  });

  it('delivers to the same receiver when the policy allows it, signed', async () => {
    const before = received.length;
    await send(development(), 'localhost');
    await send(production({ WEBHOOK_ALLOWED_TARGETS: '127.0.0.1' }), '127.0.0.1');
    expect(received.length).toBe(before + 2);
    expect(received[received.length - 1].headers['webhook-signature']).toMatch(/^v1,/);
  });
});
