import { readFileSync } from 'node:fs';
import { ROLES } from '@relais/auth';
import { DEMO_PRINCIPALS } from '../lib/demo-principals';
import { realmFile } from './generate-realms';
import { buildRealm, DEV_CLIENT, OTP_MARKER_ROLE, OTP_ROLES, realmJson } from './realm';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Keycloak's untyped realm representation
type Json = Record<string, any>;

describe('Keycloak realm as code', () => {
  it.each(['dev', 'prod'] as const)('deploy/keycloak/realms/relais-%s.json is up to date (npm run keycloak:realms)', (flavour) => {
    expect(readFileSync(realmFile(flavour), 'utf8')).toBe(realmJson(flavour));
  });

  it('has the nine Relais roles as realm roles, French by default and English available', () => {
    for (const flavour of ['dev', 'prod'] as const) {
      const realm = buildRealm(flavour) as Json;
      const names = (realm.roles.realm as Json[]).map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining([...ROLES]));
      expect(realm.defaultLocale).toBe('fr');
      expect(realm.supportedLocales).toEqual(['fr', 'en']);
    }
  });

  it('gives every demo principal an account in its organisation group, with its roles', () => {
    const realm = buildRealm('dev') as Json;
    for (const { principal } of DEMO_PRINCIPALS) {
      const user = (realm.users as Json[]).find((u) => u.id === principal.sub);
      expect(user).toBeDefined();
      expect(user!.realmRoles).toEqual(principal.roles);
      const org = principal.agencyId ?? principal.unitId ?? principal.jurisdiction;
      expect(user!.groups).toEqual([org ? expect.stringMatching(new RegExp(`^/(agencies|units|offices)/${org}$`)) : '/national']);
    }
  });

  it('keeps demo accounts, the relais-dev client and direct grants out of the production realm', () => {
    const realm = buildRealm('prod') as Json;
    const users = realm.users as Json[];
    expect(users.every((u) => typeof u.serviceAccountClientId === 'string')).toBe(true);
    expect(users.some((u) => u.credentials)).toBe(false);
    const clients = realm.clients as Json[];
    expect(clients.map((c) => c.clientId)).not.toContain(DEV_CLIENT);
    expect(clients.filter((c) => c.directAccessGrantsEnabled !== false)).toEqual([]);
    expect(clients.find((c) => c.clientId === 'admin-cli')).toBeDefined();
  });

  it('asks exactly the roles that read personal data for an OTP in production', () => {
    const realm = buildRealm('prod') as Json;
    const withOtp = (realm.roles.realm as Json[]).filter((r) => r.composites?.realm?.includes(OTP_MARKER_ROLE)).map((r) => r.name);
    expect(withOtp.sort()).toEqual([...OTP_ROLES].sort());
    const config = (realm.authenticatorConfig as Json[]).find((c) => c.config.condUserRole === OTP_MARKER_ROLE);
    expect(config).toBeDefined();
    expect(realm.browserFlow).toBe('relais browser');
    expect((buildRealm('dev') as Json).browserFlow).toBeUndefined();
  });
});
