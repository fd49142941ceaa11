import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ServiceConfig } from '../config/service-config';
import { SERVICE_CONFIG } from '../tokens';
import { MetricsController } from './metrics.controller';

const TOKEN = 'scrape-token-0123456789abcdef';

/** Who may read /metrics. Past the door, no telemetry runs in this process: 503 means "let in". */
describe('MetricsController access', () => {
  async function serve(settings: Partial<ServiceConfig>): Promise<{ app: INestApplication; url: string }> {
    const config = Object.assign(new ServiceConfig(), settings);
    const moduleRef = await Test.createTestingModule({ controllers: [MetricsController], providers: [{ provide: SERVICE_CONFIG, useValue: config }] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    return { app, url: `${await app.getUrl()}/metrics` };
  }

  const status = (url: string, token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }).then((r) => r.status);

  it('is open in development when no token is set', async () => {
    const { app, url } = await serve({ NODE_ENV: 'development' });
    await expect(status(url)).resolves.toBe(503);
    await app.close();
  });

  it('is closed in production without a token', async () => {
    const { app, url } = await serve({ NODE_ENV: 'production' });
    await expect(status(url)).resolves.toBe(401);
    await expect(status(url, 'anything')).resolves.toBe(401);
    await app.close();
  });

  it('takes exactly the configured bearer token', async () => {
    const { app, url } = await serve({ NODE_ENV: 'production', METRICS_TOKEN: TOKEN });
    await expect(status(url)).resolves.toBe(401);
    await expect(status(url, `${TOKEN}x`)).resolves.toBe(401);
    await expect(status(url, TOKEN)).resolves.toBe(503);
    await app.close();
  });
});
