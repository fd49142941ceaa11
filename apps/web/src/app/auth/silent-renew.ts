import { UserManager } from 'oidc-client-ts';

// Runs in the hidden iframe Keycloak redirects to after a silent sign-in: hands the answer to the
// app in the parent window. The settings are not used for that hand-over, only required to build it.
void new UserManager({ authority: 'unused', client_id: 'unused', redirect_uri: window.location.href })
  .signinSilentCallback()
  .catch((error: unknown) => console.error('silent sign-in callback failed', error instanceof Error ? error.message : error));
