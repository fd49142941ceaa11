import { useContext } from 'react';
import { type Auth, AuthContext } from './AuthProvider';

export type { Auth, AuthStatus } from './AuthProvider';
export type { AppUser } from './claims';
export type { Role } from './roles';

/** The signed-in person and their token, for every screen: `const { user, accessToken } = useAuth()`. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}
