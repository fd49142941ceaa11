import { describe, expect, it } from 'vitest';
import { userFromAccessToken } from './claims';

// base64url of the UTF-8 bytes, as a JWT encodes its segments
const segment = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
const token = (payload: object) => [segment('{"alg":"RS256"}'), segment(JSON.stringify(payload)), 'sig'].join('.');

describe('user from the access token', () => {
  it('reads the claims the services read', () => {
    const user = userFromAccessToken(
      token({ sub: 'u-1', roles: ['police_officer', 'offline_access'], unitId: 'police-mopti-1', region: 'mopti', institution: 'police', preferred_username: 'officer-mopti' }),
    );
    expect(user).toEqual({ sub: 'u-1', roles: ['police_officer'], unitId: 'police-mopti-1', region: 'mopti', institution: 'police', name: 'officer-mopti' });
  });

  it('falls back to realm roles and decodes non-ASCII names', () => {
    const user = userFromAccessToken(token({ sub: 'u-2', realm_access: { roles: ['prosecutor'] }, jurisdiction: 'tgi-mopti', name: 'Aïssata' }));
    expect(user).toMatchObject({ roles: ['prosecutor'], jurisdiction: 'tgi-mopti', name: 'Aïssata' });
  });

  it('rejects a token without a subject', () => {
    expect(() => userFromAccessToken(token({ roles: [] }))).toThrow(/sub/);
  });
});
