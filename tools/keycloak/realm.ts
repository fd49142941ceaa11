import { Principal, Role, ROLES } from '@relais/auth';
import { DEMO_PRINCIPALS } from '../lib/demo-principals';
import { groupPath, Organisation, ORGANISATION_CLAIMS, ORGANISATION_KINDS, organisationOf } from './organisations';

/**
 * The Keycloak realm of Relais, as code. `npm run keycloak:realms` writes it to
 * deploy/keycloak/realms/relais-{dev,prod}.json (a unit test fails when they are stale), so
 * roles and claims cannot drift from @relais/auth. Keycloak imports these files as they are:
 * the shapes below are Keycloak's RealmRepresentation.
 */
export type Flavour = 'dev' | 'prod';
type Json = Record<string, unknown>;

export const REALM = 'relais';
export const AUDIENCE = 'relais';
export const ACCESS_TOKEN_SECONDS = 300;
export const DEMO_PASSWORD = 'relais-demo';
export const WEB_CLIENT = 'relais-web';
export const DEV_CLIENT = 'relais-dev';
export const ACCOUNTS_CLIENT = 'relais-accounts';
export const ACCOUNTS_DEV_SECRET = 'relais-accounts-dev-secret';
export const PARTNER_DEMO_CLIENT = 'partner-ngo-demo';
export const PARTNER_DEMO_SECRET = 'partner-ngo-demo-secret';
export const DEV_GATEWAY_URL = 'http://127.0.0.1:3000';

/** Roles whose holders can read personal data: the production realm asks them for an OTP. */
export const OTP_ROLES: Role[] = ['agency_caseworker', 'agency_admin', 'prosecutor', 'coordinator', 'data_protection_officer'];
/** A marker role the OTP roles are composites of: Keycloak's role condition takes one role. */
export const OTP_MARKER_ROLE = 'otp_required';

/** What Relais needs of the Keycloak admin API to manage accounts (realm-management roles). */
export const ACCOUNTS_ADMIN_ROLES = ['view-users', 'manage-users', 'query-users', 'query-groups', 'view-realm'];

/** Demo accounts beyond DEMO_PRINCIPALS: a caseworker of a second agency, for scoping tests. */
export const EXTRA_DEMO_PRINCIPALS: { label: string; principal: Principal }[] = [
  {
    label: 'agency_caseworker — ONG Abri solidaire, Bamako (demo)',
    principal: { sub: 'demo-caseworker-shelter-bamako', roles: ['agency_caseworker'], agencyId: 'demo-shelter-bamako-ngo', region: 'bamako' },
  },
];

/** The partner system of the demo: an NGO's case-management tool calling the API as its agency. */
export const PARTNER_DEMO_PRINCIPAL: Principal = { sub: 'demo-partner-ngo', roles: ['agency_caseworker'], agencyId: 'demo-shelter-bamako-ngo', region: 'bamako' };

export interface DemoAccount {
  username: string;
  label: string;
  principal: Principal;
}

/** One account per demo principal: `demo-officer-mopti` signs in as `officer-mopti`, same `sub`. */
export function demoAccounts(): DemoAccount[] {
  return [...DEMO_PRINCIPALS, ...EXTRA_DEMO_PRINCIPALS].map(({ label, principal }) => ({ username: principal.sub.replace(/^demo-/, ''), label, principal }));
}

export function buildRealm(flavour: Flavour): Json {
  const dev = flavour === 'dev';
  const accounts = dev ? demoAccounts() : [];
  const organisations = dev ? [...accounts.map((a) => a.principal), PARTNER_DEMO_PRINCIPAL].map(organisationOf) : [];
  return {
    realm: REALM,
    displayName: 'Relais',
    enabled: true,
    // Keycloak treats 127.0.0.1 and private networks as local: https is required from elsewhere.
    sslRequired: 'external',
    registrationAllowed: false,
    resetPasswordAllowed: false,
    rememberMe: false,
    loginWithEmailAllowed: false,
    duplicateEmailsAllowed: false,
    internationalizationEnabled: true,
    supportedLocales: ['fr', 'en'],
    defaultLocale: 'fr',
    ...tokenPolicy(),
    ...bruteForce(),
    passwordPolicy: 'length(10) and notUsername and notEmail and passwordHistory(3)',
    ...otpPolicy(),
    eventsEnabled: true,
    eventsExpiration: 90 * 24 * 3600,
    adminEventsEnabled: true,
    // Details would copy user representations (names) into the admin event store.
    adminEventsDetailsEnabled: false,
    roles: { realm: realmRoles(flavour) },
    groups: groups(organisations),
    clientScopes: clientScopes(),
    defaultDefaultClientScopes: ['basic', 'relais', 'profile'],
    defaultOptionalClientScopes: [],
    scopeMappings: [{ clientScope: 'relais', roles: [...ROLES] }],
    clients: clients(flavour),
    users: [...accounts.map(demoUser), ...serviceAccountUsers(flavour)],
    components: { 'org.keycloak.userprofile.UserProfileProvider': [userProfile()] },
    ...(dev ? {} : browserFlowWithOtp()),
  };
}

function tokenPolicy(): Json {
  return {
    accessTokenLifespan: ACCESS_TOKEN_SECONDS,
    accessTokenLifespanForImplicitFlow: ACCESS_TOKEN_SECONDS,
    // A refresh token works once; a replayed one ends the session (stolen-token detection).
    revokeRefreshToken: true,
    refreshTokenMaxReuse: 0,
    // A working day at a police station or shelter; idle sessions end after 30 minutes.
    ssoSessionIdleTimeout: 1800,
    ssoSessionMaxLifespan: 10 * 3600,
  };
}

function bruteForce(): Json {
  return {
    bruteForceProtected: true,
    permanentLockout: false,
    failureFactor: 5,
    waitIncrementSeconds: 60,
    maxFailureWaitSeconds: 900,
    maxDeltaTimeSeconds: 43200,
    quickLoginCheckMilliSeconds: 1000,
    minimumQuickLoginWaitSeconds: 60,
  };
}

/** Authenticator apps (FreeOTP, Google Authenticator, Aegis) all read these defaults. */
function otpPolicy(): Json {
  return { otpPolicyType: 'totp', otpPolicyAlgorithm: 'HmacSHA1', otpPolicyDigits: 6, otpPolicyPeriod: 30, otpPolicyLookAheadWindow: 1 };
}

function realmRoles(flavour: Flavour): Json[] {
  const roles: Json[] = ROLES.map((name) => {
    const otp = flavour === 'prod' && OTP_ROLES.includes(name);
    return { name, description: `Relais: ${name}`, composite: otp, ...(otp ? { composites: { realm: [OTP_MARKER_ROLE] } } : {}) };
  });
  if (flavour === 'prod') roles.push({ name: OTP_MARKER_ROLE, description: 'Relais: asked for a one-time code at sign-in (reads personal data)', composite: false });
  return roles;
}

function groups(organisations: (Organisation | undefined)[]): Json[] {
  const byKind = new Map<string, Map<string, Organisation>>();
  for (const o of organisations) if (o) byKind.set(o.kind, (byKind.get(o.kind) ?? new Map()).set(o.id, o));
  return ORGANISATION_KINDS.map((kind) => ({
    name: kind,
    path: `/${kind}`,
    attributes: {},
    subGroups: [...(byKind.get(kind)?.values() ?? [])]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((o) => ({ name: o.id, path: `/${kind}/${o.id}`, attributes: Object.fromEntries(Object.entries(o.attributes).map(([k, v]) => [k, [v]])), subGroups: [] })),
  }));
}

function mapper(name: string, protocolMapper: string, config: Record<string, string>): Json {
  return { name, protocol: 'openid-connect', protocolMapper, consentRequired: false, config };
}

/** Only the claims the services read go into access tokens; names stay in ID tokens. */
function clientScopes(): Json[] {
  const relais = [
    mapper('roles', 'oidc-usermodel-realm-role-mapper', { 'claim.name': 'roles', multivalued: 'true', 'jsonType.label': 'String', 'access.token.claim': 'true', 'id.token.claim': 'false', 'userinfo.token.claim': 'false', 'introspection.token.claim': 'true' }),
    mapper('audience relais', 'oidc-audience-mapper', { 'included.custom.audience': AUDIENCE, 'access.token.claim': 'true', 'id.token.claim': 'false', 'introspection.token.claim': 'true' }),
    // User-attribute mappers fall back to the attributes of the user's groups (and their parents).
    ...ORGANISATION_CLAIMS.map((claim) =>
      mapper(claim, 'oidc-usermodel-attribute-mapper', { 'user.attribute': claim, 'claim.name': claim, 'jsonType.label': 'String', multivalued: 'false', 'aggregate.attrs': 'false', 'access.token.claim': 'true', 'id.token.claim': 'false', 'userinfo.token.claim': 'false', 'introspection.token.claim': 'true' }),
    ),
  ];
  return [
    {
      name: 'basic',
      description: 'OpenID Connect scope for add all basic claims to the token',
      protocol: 'openid-connect',
      attributes: { 'include.in.token.scope': 'false', 'display.on.consent.screen': 'false' },
      protocolMappers: [
        mapper('sub', 'oidc-sub-mapper', { 'access.token.claim': 'true', 'introspection.token.claim': 'true' }),
        mapper('auth_time', 'oidc-usersessionmodel-note-mapper', { 'user.session.note': 'AUTH_TIME', 'claim.name': 'auth_time', 'jsonType.label': 'long', 'id.token.claim': 'true', 'access.token.claim': 'true', 'introspection.token.claim': 'true' }),
      ],
    },
    {
      name: 'relais',
      description: 'Relais: roles, organisation claims and audience for the Relais services',
      protocol: 'openid-connect',
      attributes: { 'include.in.token.scope': 'false', 'display.on.consent.screen': 'false' },
      protocolMappers: relais,
    },
    {
      name: 'profile',
      description: 'OpenID Connect built-in scope: profile (ID token and userinfo only)',
      protocol: 'openid-connect',
      attributes: { 'include.in.token.scope': 'true', 'display.on.consent.screen': 'false' },
      protocolMappers: [
        mapper('username', 'oidc-usermodel-attribute-mapper', { 'user.attribute': 'username', 'claim.name': 'preferred_username', 'jsonType.label': 'String', 'id.token.claim': 'true', 'access.token.claim': 'false', 'userinfo.token.claim': 'true' }),
        mapper('locale', 'oidc-usermodel-attribute-mapper', { 'user.attribute': 'locale', 'claim.name': 'locale', 'jsonType.label': 'String', 'id.token.claim': 'true', 'access.token.claim': 'false', 'userinfo.token.claim': 'true' }),
      ],
    },
  ];
}

function baseClient(clientId: string, name: string): Json {
  return {
    clientId,
    name,
    enabled: true,
    protocol: 'openid-connect',
    standardFlowEnabled: false,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: false,
    publicClient: false,
    frontchannelLogout: true,
    // Tokens carry only the Relais roles (the `relais` scope's role scope mappings).
    fullScopeAllowed: false,
    defaultClientScopes: ['basic', 'relais'],
    optionalClientScopes: [],
    attributes: {},
  };
}

function clients(flavour: Flavour): Json[] {
  const dev = flavour === 'dev';
  // Production: the public address of the gateway, substituted by Keycloak's import from the environment.
  const web = dev ? DEV_GATEWAY_URL : '${RELAIS_PUBLIC_URL}';
  const list: Json[] = [
    {
      ...baseClient(WEB_CLIENT, 'Relais'),
      publicClient: true,
      standardFlowEnabled: true,
      redirectUris: [`${web}/*`],
      webOrigins: [web],
      rootUrl: web,
      defaultClientScopes: ['basic', 'relais', 'profile'],
      attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': `${web}/*` },
    },
    {
      ...baseClient(ACCOUNTS_CLIENT, 'Relais account management'),
      serviceAccountsEnabled: true,
      clientAuthenticatorType: 'client-secret',
      secret: dev ? ACCOUNTS_DEV_SECRET : '${RELAIS_ACCOUNTS_CLIENT_SECRET}',
      defaultClientScopes: ['basic'],
      // Its service account's realm-management roles must reach the admin API.
      fullScopeAllowed: true,
    },
  ];
  if (dev) {
    list.push(
      { ...baseClient(DEV_CLIENT, 'Relais development scripts and tests'), publicClient: true, directAccessGrantsEnabled: true, defaultClientScopes: ['basic', 'relais', 'profile'] },
      { ...baseClient(PARTNER_DEMO_CLIENT, 'Partner system (demo NGO)'), serviceAccountsEnabled: true, clientAuthenticatorType: 'client-secret', secret: PARTNER_DEMO_SECRET },
    );
  } else {
    // Keycloak creates admin-cli with direct grants unless the realm defines it: no password grant anywhere.
    list.push({ ...baseClient('admin-cli', 'admin-cli'), publicClient: true, fullScopeAllowed: true, defaultClientScopes: ['basic'] });
  }
  return list;
}

function demoUser({ username, principal }: DemoAccount): Json {
  return {
    // The same `sub` as the demo tokens of `npm run token`, so data created with either matches.
    id: principal.sub,
    username,
    enabled: true,
    emailVerified: false,
    credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
    realmRoles: [...principal.roles],
    groups: [groupPath(organisationOf(principal))],
    requiredActions: [],
  };
}

function serviceAccountUsers(flavour: Flavour): Json[] {
  const users: Json[] = [
    {
      username: `service-account-${ACCOUNTS_CLIENT}`,
      enabled: true,
      serviceAccountClientId: ACCOUNTS_CLIENT,
      realmRoles: [],
      clientRoles: { 'realm-management': ACCOUNTS_ADMIN_ROLES },
      groups: [],
    },
  ];
  if (flavour === 'dev') {
    users.push({
      id: PARTNER_DEMO_PRINCIPAL.sub,
      username: `service-account-${PARTNER_DEMO_CLIENT}`,
      enabled: true,
      serviceAccountClientId: PARTNER_DEMO_CLIENT,
      realmRoles: [...PARTNER_DEMO_PRINCIPAL.roles],
      groups: [groupPath(organisationOf(PARTNER_DEMO_PRINCIPAL))],
    });
  }
  return users;
}

/** Names and e-mail are optional and only administrators edit them: no "update your profile" step. */
function userProfile(): Json {
  const permissions = { view: ['admin', 'user'], edit: ['admin'] };
  const config = {
    attributes: [
      { name: 'username', displayName: '${username}', validations: { length: { min: 3, max: 255 }, 'username-prohibited-characters': {}, 'up-username-not-idn-homograph': {} }, permissions, multivalued: false },
      { name: 'email', displayName: '${email}', validations: { email: {}, length: { max: 255 } }, permissions, multivalued: false },
      { name: 'firstName', displayName: '${firstName}', validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} }, permissions, multivalued: false },
      { name: 'lastName', displayName: '${lastName}', validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} }, permissions, multivalued: false },
    ],
    groups: [{ name: 'user-metadata', displayHeader: 'User metadata', displayDescription: 'Attributes, which refer to user metadata' }],
  };
  return { providerId: 'declarative-user-profile', subComponents: {}, config: { 'kc.user.profile.config': [JSON.stringify(config)] } };
}

/**
 * Production browser flow: password, then a one-time code for anyone holding a role that reads
 * personal data (an OTP role is a composite of the marker role the condition tests). A user
 * without a configured authenticator app is made to enrol one at that first sign-in.
 */
function browserFlowWithOtp(): Json {
  const step = (authenticator: string, requirement: string, priority: number, extra: Json = {}) => ({ authenticator, requirement, priority, authenticatorFlow: false, userSetupAllowed: false, ...extra });
  const sub = (flowAlias: string, requirement: string, priority: number) => ({ flowAlias, requirement, priority, authenticatorFlow: true, userSetupAllowed: false });
  return {
    browserFlow: 'relais browser',
    authenticationFlows: [
      { alias: 'relais browser', description: 'Password, then OTP for roles that read personal data', providerId: 'basic-flow', topLevel: true, builtIn: false, authenticationExecutions: [step('auth-cookie', 'ALTERNATIVE', 10), sub('relais browser forms', 'ALTERNATIVE', 20)] },
      { alias: 'relais browser forms', description: 'Username and password, then the OTP condition', providerId: 'basic-flow', topLevel: false, builtIn: false, authenticationExecutions: [step('auth-username-password-form', 'REQUIRED', 10), sub('relais otp for personal data', 'CONDITIONAL', 20)] },
      {
        alias: 'relais otp for personal data',
        description: 'OTP when the user holds a role that reads personal data',
        providerId: 'basic-flow',
        topLevel: false,
        builtIn: false,
        authenticationExecutions: [step('conditional-user-role', 'REQUIRED', 10, { authenticatorConfig: 'relais reads personal data' }), step('auth-otp-form', 'REQUIRED', 20)],
      },
    ],
    authenticatorConfig: [{ alias: 'relais reads personal data', config: { condUserRole: OTP_MARKER_ROLE, negate: 'false' } }],
  };
}

/** The realm file's text: stable key order, two-space indent, trailing newline. */
export function realmJson(flavour: Flavour): string {
  return `${JSON.stringify(buildRealm(flavour), null, 2)}\n`;
}
