import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiJson, ServiceDefinition } from '@relais/platform';
import { request, startTestService, TestService } from './service';

/** The checks every service passes as it boots in production: health, OpenAPI, error shape. */
export function describeServiceBoot(definition: ServiceDefinition): void {
  describe(`${definition.service} service boots as it runs in production`, () => {
    let service: TestService;

    beforeAll(async () => {
      service = await startTestService(definition);
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
      expect(docs.body.info.title).toBe(definition.title);
    });

    it('serves exactly the checked-in docs/openapi document, which `npm run openapi` builds without a database', async () => {
      const served = openApiJson((await request(`${service.url}/api/docs-json`)).body);
      expect(served).toBe(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'openapi', `${definition.service}.json`), 'utf8'));
    });

    it('answers an unknown route in the common error shape, in French by default', async () => {
      const missing = await request(`${service.url}/api/v1/nothing-here`);
      expect([401, 404]).toContain(missing.status);
      expect(missing.body).toMatchObject({ code: expect.any(String), message: expect.any(String), correlationId: expect.any(String) });
      expect(missing.headers.get('content-language')).toBe('fr');
    });
  });
}
