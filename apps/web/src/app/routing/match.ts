import type { Role } from '../auth/roles';
import type { AppRoute } from './types';

export interface Match {
  route: AppRoute;
  params: Record<string, string>;
}

function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(have[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== have[i]) {
      return null;
    }
  }
  return params;
}

/** The first route whose path matches; literal paths are listed before parametrised ones. */
export function findRoute(routes: readonly AppRoute[], pathname: string): Match | null {
  const ordered = [...routes].sort((a, b) => Number(a.path.includes(':')) - Number(b.path.includes(':')));
  for (const route of ordered) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

export function allowed(route: AppRoute, roles: readonly Role[]): boolean {
  return route.roles === 'any' || route.roles.some((r) => roles.includes(r));
}

/** The navigation a person sees: only the screens their roles open, in order. */
export function navigationFor(routes: readonly AppRoute[], roles: readonly Role[], offline = false): AppRoute[] {
  return routes
    .filter((r) => r.nav !== undefined && allowed(r, roles) && (!offline || r.offline))
    .sort((a, b) => (a.nav ?? 0) - (b.nav ?? 0));
}
