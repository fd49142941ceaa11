import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseRuntimeConfig } from './runtime-config';

describe('runtime config', () => {
  it('takes the issuer and client from /config.json', () => {
    expect(parseRuntimeConfig({ issuer: 'https://id.example.ml/realms/relais/', clientId: 'web' })).toEqual({
      issuer: 'https://id.example.ml/realms/relais',
      clientId: 'web',
    });
  });

  it('falls back to the local Keycloak for anything missing or malformed', () => {
    expect(parseRuntimeConfig(undefined)).toEqual(DEFAULT_CONFIG);
    expect(parseRuntimeConfig({ issuer: 42, clientId: '' })).toEqual(DEFAULT_CONFIG);
  });
});
