import { request, startTestService, TestService, tokenFor } from '@relais/testing';
import { INTAKE_SERVICE } from '../src/intake.service-definition';

/** Per-user write limit, on the real service: the user's fourth write in a minute is refused with 429 and Retry-After. */
describe('write rate limit per user (real HTTP)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(INTAKE_SERVICE, { env: { WRITE_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => service?.close());

  it('counts each signed-in user apart and leaves reads alone', async () => {
    const officer = await tokenFor({ sub: 'rate-officer-1', roles: ['police_officer'], unitId: 'u-1', region: 'mopti', institution: 'police' });
    const other = await tokenFor({ sub: 'rate-officer-2', roles: ['police_officer'], unitId: 'u-1', region: 'mopti', institution: 'police' });
    const write = (token: string) => request(`${service.url}/api/v1/identifications`, { method: 'POST', token, body: {} });
    for (let i = 0; i < 3; i++) expect((await write(officer)).status).toBe(400);
    const refused = await write(officer);
    expect([refused.status, refused.body.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.message).toBe('Trop de requêtes ; réessayez plus tard.');
    expect((await write(other)).status).toBe(400);
    expect((await request(`${service.url}/api/v1/identifications`, { token: officer })).status).toBe(200);
  });
});
