import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiJson, ServiceDefinition } from '@relais/platform';
import { request, startTestService, TestService } from './service';

/** The checks every service passes as it boots in production: health, OpenAPI, error shape, headers. */
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

    it('sends security headers and no-store on every answer, and no X-Powered-By', async () => {
      for (const path of ['/api/v1/nothing-here', '/health/live']) {
        const { headers } = await request(`${service.url}${path}`);
        expect(headers.get('x-powered-by')).toBeNull();
        expect(headers.get('x-content-type-options')).toBe('nosniff');
        expect(headers.get('cache-control')).toMatch(/\bno-store\b/);
        expect(headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        expect(headers.get('referrer-policy')).toBe('no-referrer');
        expect(headers.get('strict-transport-security')).toBeNull();
      }
      const docs = await request(`${service.url}/api/docs/`);
      expect(docs.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    });
  });
}
