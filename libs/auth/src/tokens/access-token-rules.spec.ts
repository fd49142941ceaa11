import { AuthenticationError } from '../errors';
import { AccessTokenRules, assertAccessToken } from './access-token-rules';

const NOW = 1_800_000_000;
const keycloak = { allowedClients: ['relais-web', 'relais-dev'], maxLifetimeSeconds: 900 };
const access = { typ: 'Bearer', azp: 'relais-web', iat: NOW, exp: NOW + 300 };

function reason(payload: Record<string, unknown>, rules: AccessTokenRules = keycloak): string | undefined {
  try {
    assertAccessToken(payload, rules);
    return undefined;
  } catch (error) {
    return error instanceof AuthenticationError ? `${error.reason}: ${error.message}` : String(error);
  }
}

describe('assertAccessToken', () => {
  it('accepts a Keycloak access token of an allowed client', () => {
    expect(reason(access)).toBeUndefined();
    expect(reason({ ...access, typ: 'bearer' })).toBeUndefined();
  });

  it.each([
    ['an ID token', { ...access, typ: 'ID' }, /not an access token/],
    ['a refresh token', { ...access, typ: 'Refresh' }, /not an access token/],
    ['a token without typ', { ...access, typ: undefined }, /not an access token/],
    ['a token without iat', { ...access, iat: undefined }, /iat is missing/],
    ['a token living longer than allowed', { ...access, exp: NOW + 901 }, /longer than 900 s/],
    ['a token of another client', { ...access, azp: 'account-console' }, /not an allowed client/],
    ['a token without azp', { ...access, azp: undefined }, /not an allowed client/],
  ])('refuses %s', (_case, payload, message) => {
    expect(reason(payload)).toMatch(/^invalid_claims: /);
    expect(reason(payload)).toMatch(message);
  });

  it('does not ask the development key for a client', () => {
    expect(reason({ typ: 'Bearer', iat: NOW, exp: NOW + 8 * 3600 }, { allowedClients: undefined, maxLifetimeSeconds: 86400 })).toBeUndefined();
  });
});
