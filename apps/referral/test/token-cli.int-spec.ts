import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { request, startTestService, TestService } from '@relais/testing';
import { REFERRAL_SERVICE } from '../src/referral.service-definition';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..');

/** `npm run token` prints a token the services accept: 401 without one, 403 with the wrong role, 200 with the right one. */
describe('tokens from npm run token against a protected endpoint', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(REFERRAL_SERVICE);
  });
  afterAll(() => service?.close());

  const token = async (...args: string[]) => {
    const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', 'tools/token.ts', ...args], { cwd: root });
    return stdout.trim().split('\n').pop()!;
  };

  it('refuses to mint anything with NODE_ENV=production', async () => {
    const refused = run(process.execPath, ['-r', '@swc-node/register', 'tools/token.ts', '--role', 'coordinator'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    await expect(refused).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/refused with NODE_ENV=production/) });
  });

  it('answers 401, 403 and 200 as the token warrants', async () => {
    const escalations = `${service.url}/api/v1/escalations`;
    expect((await request(escalations)).status).toBe(401);
    expect((await request(escalations, { token: await token('--role', 'police_officer', '--unit', 'u1', '--region', 'mopti') })).status).toBe(403);
    expect((await request(escalations, { token: await token('--role', 'coordinator') })).status).toBe(200);
  });
});
