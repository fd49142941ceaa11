import { request, startTestService, TestService } from '@relais/testing';
import { STATISTICS_SERVICE } from '../src/statistics.service-definition';

describe('statistics service boots as it runs in production', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(STATISTICS_SERVICE);
  });
  afterAll(() => service?.close());

  it('is live and ready once its database and Kafka answer', async () => {
    expect((await request(`${service.url}/health/live`)).status).toBe(200);
    const ready = await request(`${service.url}/health/ready`);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, kafka: { status: 'up' } } });
  });

  it('publishes its OpenAPI document', async () => {
    const docs = await request(`${service.url}/api/docs-json`);
    expect(docs.status).toBe(200);
    expect(docs.body.info.title).toBe('Relais — statistics');
  });

  it('answers an unknown route in the common error shape, in French by default', async () => {
    const missing = await request(`${service.url}/api/v1/nothing-here`, { headers: {} });
    expect([401, 404]).toContain(missing.status);
    expect(missing.body).toMatchObject({ code: expect.any(String), message: expect.any(String), correlationId: expect.any(String) });
  });
});
