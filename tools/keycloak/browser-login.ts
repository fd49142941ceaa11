import { createHash, randomBytes } from 'node:crypto';
import { KEYCLOAK_URL } from '@relais/test-infra';

/**
 * A browser's Authorization Code + PKCE sign-in, done with fetch: the login page, then the
 * credentials form. It tells whether Keycloak answered with a code (signed in) or with another
 * page (e.g. "set up your authenticator app"), which is what the OTP tests need to see.
 */
export interface LoginOutcome {
  /** The authorization code when Keycloak redirected back to the client. */
  code?: string;
  /** The HTML of the page shown instead of a redirect. */
  page?: string;
  status: number;
}

export interface LoginPage {
  status: number;
  html: string;
  cookies: string;
}

class Cookies {
  private readonly jar = new Map<string, string>();
  take(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      this.jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }
  header(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export function authorizeUrl(realm: string, clientId: string, redirectUri: string, pkce = true): string {
  const verifier = randomBytes(32).toString('base64url');
  const params = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, response_type: 'code', scope: 'openid', state: randomBytes(8).toString('hex') });
  if (pkce) {
    params.set('code_challenge', createHash('sha256').update(verifier).digest('base64url'));
    params.set('code_challenge_method', 'S256');
  }
  return `${KEYCLOAK_URL}/realms/${realm}/protocol/openid-connect/auth?${params}`;
}

export async function openLoginPage(url: string, cookies = new Cookies()): Promise<LoginPage & { jar: Cookies }> {
  const response = await fetch(url, { redirect: 'manual' });
  cookies.take(response);
  return { status: response.status, html: await response.text(), cookies: cookies.header(), jar: cookies };
}

export async function browserLogin(realm: string, clientId: string, redirectUri: string, username: string, password: string): Promise<LoginOutcome> {
  const page = await openLoginPage(authorizeUrl(realm, clientId, redirectUri));
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(page.html)?.[1];
  if (!action) throw new Error(`no login form (HTTP ${page.status})`);
  let response = await fetch(action.replace(/&amp;/g, '&'), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: page.jar.header() },
    body: new URLSearchParams({ username, password, credentialId: '' }).toString(),
  });
  // Required actions (enrolling an authenticator app) come as redirects within Keycloak.
  for (let hop = 0; hop < 5; hop++) {
    page.jar.take(response);
    const location = response.headers.get('location');
    if (response.status !== 302 || !location) break;
    if (location.startsWith(redirectUri)) return { status: 302, code: new URL(location).searchParams.get('code') ?? undefined };
    if (!location.startsWith(KEYCLOAK_URL)) throw new Error(`redirected out of Keycloak to ${location}`);
    response = await fetch(location, { redirect: 'manual', headers: { cookie: page.jar.header() } });
  }
  return { status: response.status, page: await response.text() };
}
