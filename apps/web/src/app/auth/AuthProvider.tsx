import { ErrorResponse, type User, type UserManager } from 'oidc-client-ts';
import { createContext, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { replace } from '../routing/router';
import { type AppUser, userFromAccessToken } from './claims';
import { clearLastUser, readLastUser, saveLastUser } from './last-user';
import { CALLBACK_PATH } from './user-manager';

/**
 * - `loading`: finding out whether a session exists;
 * - `signedIn`: a valid token in memory;
 * - `offline`: no network at start, the last user's profile opens their local area only;
 * - `signedOut`: the sign-in page.
 */
export type AuthStatus = 'loading' | 'signedIn' | 'offline' | 'signedOut';

export interface Auth {
  status: AuthStatus;
  user: AppUser | null;
  /** A valid access token (renewed if needed); rejects when signed out or offline. */
  accessToken(): Promise<string>;
  signIn(returnTo?: string): Promise<void>;
  /** Ends the Keycloak session and wipes this user's data on the device. */
  signOut(): Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

const toAppUser = (u: User): AppUser => {
  const name = [u.profile.name, u.profile.preferred_username].find((n): n is string => typeof n === 'string' && n !== '');
  return userFromAccessToken(u.access_token, name);
};

/**
 * Set when someone signed out with no network: Keycloak's session could not be ended, so the next
 * start must not pick it up silently (on a shared phone that would be the previous person), and
 * the next sign-in asks for credentials again. Holds no personal data.
 */
const SIGNED_OUT_OFFLINE = 'relais.signedOutOffline';

/** Keycloak answered "no session": that is a sign-in, not a network problem. */
const isNoSession = (error: unknown): boolean => error instanceof ErrorResponse;

export function AuthProvider({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [user, setUser] = useState<AppUser | null>(null);
  const started = useRef(false);

  const adopt = useCallback((u: User) => {
    const appUser = toAppUser(u);
    setUser(appUser);
    setStatus('signedIn');
    void saveLastUser(appUser).catch(() => undefined);
  }, []);

  const restore = useCallback(async () => {
    if (localStorage.getItem(SIGNED_OUT_OFFLINE)) {
      setUser(null);
      setStatus('signedOut');
      return;
    }
    try {
      const u = await manager.signinSilent();
      if (u) return adopt(u);
      throw new Error('no user');
    } catch (error) {
      const last = isNoSession(error) ? undefined : await readLastUser();
      if (last) {
        setUser(last);
        setStatus('offline');
      } else {
        setUser(null);
        setStatus('signedOut');
      }
    }
  }, [manager, adopt]);

  useEffect(() => {
    if (started.current) return; // StrictMode runs effects twice; a code is redeemed only once
    started.current = true;
    if (window.location.pathname === CALLBACK_PATH) {
      manager
        .signinRedirectCallback()
        .then((u) => {
          localStorage.removeItem(SIGNED_OUT_OFFLINE);
          adopt(u);
          const returnTo = typeof u.state === 'string' && u.state.startsWith('/') ? u.state : '/';
          replace(returnTo);
        })
        .catch(() => {
          replace('/');
          void restore();
        });
    } else {
      void restore();
    }
  }, [manager, adopt, restore]);

  useEffect(() => {
    const loaded = (u: User) => adopt(u);
    const expired = () => setStatus((s) => (s === 'signedIn' && !navigator.onLine ? 'offline' : s));
    manager.events.addUserLoaded(loaded);
    manager.events.addAccessTokenExpired(expired);
    // Back online after an offline start: pick the session up again without a click.
    const online = () => setStatus((s) => (s === 'offline' ? (void restore(), s) : s));
    window.addEventListener('online', online);
    return () => {
      manager.events.removeUserLoaded(loaded);
      manager.events.removeAccessTokenExpired(expired);
      window.removeEventListener('online', online);
    };
  }, [manager, adopt, restore]);

  const accessToken = useCallback(async () => {
    const current = await manager.getUser();
    // Offline, a silent renewal would only wait for its timeout: the caller queues instead.
    if (!current && !navigator.onLine) throw new Error('offline');
    if (current && !current.expired && (current.expires_in ?? 0) > 10) return current.access_token;
    const renewed = await manager.signinSilent().catch(() => null);
    if (!renewed) throw new Error('not signed in');
    return renewed.access_token;
  }, [manager]);

  const signIn = useCallback(
    (returnTo = window.location.pathname) =>
      manager.signinRedirect({
        state: returnTo === CALLBACK_PATH ? '/' : returnTo,
        ui_locales: document.documentElement.lang,
        ...(localStorage.getItem(SIGNED_OUT_OFFLINE) ? { prompt: 'login' } : {}),
      }),
    [manager],
  );

  const signOut = useCallback(async () => {
    const current = await manager.getUser();
    const sub = user?.sub;
    if (sub) {
      const { wipeUserData } = await import('../../offline/wipe');
      await wipeUserData(sub).catch((error: unknown) => console.error('local data wipe failed', error instanceof Error ? error.name : ''));
    }
    await clearLastUser();
    await manager.removeUser();
    setUser(null);
    setStatus('signedOut');
    if (navigator.onLine) {
      await manager.signoutRedirect({ id_token_hint: current?.id_token }).catch(() => {
        localStorage.setItem(SIGNED_OUT_OFFLINE, '1');
        replace('/');
      });
    } else {
      localStorage.setItem(SIGNED_OUT_OFFLINE, '1');
      replace('/');
    }
  }, [manager, user]);

  const value = useMemo<Auth>(() => ({ status, user, accessToken, signIn, signOut }), [status, user, accessToken, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
