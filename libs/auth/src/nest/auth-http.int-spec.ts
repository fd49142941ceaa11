import { generateKeyPairSync } from 'node:crypto';
import { Controller, Get, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { signingKeyFromPrivateKey, SigningKeyPair } from '../keys/local-keys';
import { Principal } from '../principal';
import { TokenIssuer } from '../tokens/token-issuer';
import { AuthModule } from './auth.module';
import { CurrentUser, Public, Roles } from './decorators';

@Controller('cases')
class CasesController {
  @Public()
  @Get('public')
  open(): { open: true } {
    return { open: true };
  }

  @Get('mine')
  mine(@CurrentUser() user: Principal): Principal {
    return user;
  }

  @Roles('coordinator')
  @Get('overdue')
  overdue(@CurrentUser() user: Principal): { sub: string } {
    return { sub: user.sub };
  }
}

@Public()
@Controller('health')
class HealthController {
  @Get()
  health(): { status: string } {
    return { status: 'ok' };
  }
}

@Roles('statistician', 'coordinator')
@Controller('indicators')
class IndicatorsController {
  @Get()
  list(): string[] {
    return [];
  }

  @Roles('data_protection_officer')
  @Get('audit')
  audit(): string[] {
    return [];
  }
}

const ISSUER = 'relais-http-test';
const AUDIENCE = 'relais';

describe('AuthModule over real HTTP', () => {
  let app: INestApplication;
  let baseUrl: string;
  let key: SigningKeyPair;
  let issuer: TokenIssuer;

  beforeAll(async () => {
    key = await signingKeyFromPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    issuer = new TokenIssuer({ key, issuer: ISSUER, audience: AUDIENCE });
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ verifier: { audience: AUDIENCE, issuers: [{ issuer: ISSUER, publicKey: key.publicKey }] } })],
      controllers: [CasesController, HealthController, IndicatorsController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
  });

  const token = (claims: Principal, options?: { issuedAt?: number; expiresInSeconds?: number }) => issuer.issueToken(claims, options);

  async function get(path: string, bearer?: string, authorization = bearer && `Bearer ${bearer}`) {
    const response = await fetch(`${baseUrl}${path}`, { headers: authorization ? { authorization } : {} });
    return { status: response.status, body: (await response.json()) as unknown, challenge: response.headers.get('www-authenticate') };
  }

  it('serves public routes and controllers without a token', async () => {
    expect(await get('/cases/public')).toMatchObject({ status: 200, body: { open: true } });
    expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('answers 401 without a token', async () => {
    expect(await get('/cases/mine')).toEqual({
      status: 401,
      body: { statusCode: 401, code: 'UNAUTHENTICATED', reason: 'missing' },
      challenge: 'Bearer realm="relais"',
    });
  });

  it('answers 401 to a malformed Authorization header', async () => {
    expect(await get('/cases/mine', undefined, 'Basic dXNlcjpwYXNz')).toMatchObject({ status: 401, body: { reason: 'malformed' } });
    expect(await get('/cases/mine', 'not.a.jwt')).toMatchObject({ status: 401, body: { reason: 'malformed' } });
  });

  it('answers 401 to an expired token', async () => {
    const expired = await token({ sub: 'u-1', roles: ['coordinator'] }, { issuedAt: Math.floor(Date.now() / 1000) - 7200, expiresInSeconds: 3600 });
    expect(await get('/cases/overdue', expired)).toEqual({
      status: 401,
      body: { statusCode: 401, code: 'UNAUTHENTICATED', reason: 'expired' },
      challenge: 'Bearer realm="relais", error="invalid_token"',
    });
  });

  it('answers 401 to a token signed with another key', async () => {
    const otherKey = await signingKeyFromPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    const forged = await new TokenIssuer({ key: { ...otherKey, kid: key.kid }, issuer: ISSUER, audience: AUDIENCE }).issueToken({
      sub: 'u-1',
      roles: ['coordinator'],
    });
    expect(await get('/cases/overdue', forged)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED', reason: 'bad_signature' } });
  });

  it('answers 403 to a caller without the role, 200 to one with it', async () => {
    const caseworker = await token({ sub: 'u-2', roles: ['agency_caseworker'], agencyId: 'a-1' });
    expect(await get('/cases/overdue', caseworker)).toEqual({
      status: 403,
      body: { statusCode: 403, code: 'FORBIDDEN' },
      challenge: null,
    });
    const coordinator = await token({ sub: 'u-3', roles: ['coordinator'] });
    expect(await get('/cases/overdue', coordinator)).toEqual({ status: 200, body: { sub: 'u-3' }, challenge: null });
  });

  it('hands the verified principal to the handler', async () => {
    const officer = await token({ sub: 'u-4', roles: ['police_officer'], unitId: 'cp-bamako-3', institution: 'police' });
    expect(await get('/cases/mine', officer)).toMatchObject({
      status: 200,
      body: { sub: 'u-4', roles: ['police_officer'], unitId: 'cp-bamako-3', institution: 'police' },
    });
  });

  it('applies controller roles, and lets a handler replace them', async () => {
    const statistician = await token({ sub: 'u-5', roles: ['statistician'] });
    const dpo = await token({ sub: 'u-6', roles: ['data_protection_officer'] });
    expect((await get('/indicators', statistician)).status).toBe(200);
    expect((await get('/indicators', dpo)).status).toBe(403);
    expect((await get('/indicators/audit', dpo)).status).toBe(200);
    expect((await get('/indicators/audit', statistician)).status).toBe(403);
  });

  it('answers 503, not 401 or 500, while the identity provider\'s key set is unreachable', async () => {
    const realm = 'http://127.0.0.1:1/realms/relais';
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ verifier: { audience: AUDIENCE, issuers: [{ issuer: realm, jwksUrl: `${realm}/protocol/openid-connect/certs`, allowedClients: ['relais-web'] }] } })],
      controllers: [CasesController],
    }).compile();
    const outage = moduleRef.createNestApplication({ logger: false });
    await outage.listen(0, '127.0.0.1');
    try {
      const keycloakShaped = await new TokenIssuer({ key, issuer: realm, audience: AUDIENCE }).issueToken({ sub: 'kc-1', roles: ['coordinator'] }, { expiresInSeconds: 300 });
      const response = await fetch(`${await outage.getUrl()}/cases/mine`, { headers: { authorization: `Bearer ${keycloakShaped}` } });
      expect(response.status).toBe(503);
    } finally {
      await outage.close();
    }
  });
});
