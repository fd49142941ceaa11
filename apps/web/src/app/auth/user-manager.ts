import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { RuntimeConfig } from './runtime-config';

export const CALLBACK_PATH = '/signin-callback';

/**
 * Authorization Code + PKCE (S256) with a public client. Tokens live in memory only (a shared
 * phone must not keep them); the short-lived state of the redirect round trip is in
 * sessionStorage, which holds no token. After a reload the session comes back through a silent
 * sign-in against Keycloak's session cookie; while the page lives, renewal uses the refresh token.
 */
export function createUserManager(config: RuntimeConfig, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    silent_redirect_uri: `${origin}/silent-renew.html`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    silentRequestTimeoutInSeconds: 8,
    monitorSession: false,
    loadUserInfo: false,
  });
}
