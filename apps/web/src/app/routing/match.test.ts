import { describe, expect, it } from 'vitest';
import { allowed, findRoute, navigationFor } from './match';
import type { AppRoute } from './types';

const screen = () => Promise.resolve({ default: () => null });
const routes: AppRoute[] = [
  { path: '/', titleKey: 'home', roles: 'any', load: screen, nav: 0, offline: true },
  { path: '/identifications/:id', titleKey: 'one', roles: ['police_officer', 'police_supervisor'], load: screen },
  { path: '/identifications/new', titleKey: 'new', roles: ['police_officer'], load: screen, nav: 1, offline: true },
  { path: '/identifications', titleKey: 'mine', roles: ['police_officer', 'police_supervisor'], load: screen, nav: 2 },
  { path: '/referrals', titleKey: 'referrals', roles: ['agency_caseworker'], load: screen, nav: 3 },
];

describe('routes', () => {
  it('prefers a literal path to a parametrised one, whatever the order of the table', () => {
    expect(findRoute(routes, '/identifications/new')?.route.titleKey).toBe('new');
    expect(findRoute(routes, '/identifications/0193b1e4')).toMatchObject({ route: { titleKey: 'one' }, params: { id: '0193b1e4' } });
  });

  it('ignores a trailing slash and decodes params', () => {
    expect(findRoute(routes, '/identifications/')?.route.titleKey).toBe('mine');
    expect(findRoute(routes, '/identifications/a%20b')?.params).toEqual({ id: 'a b' });
  });

  it('finds nothing for an unknown or malformed path', () => {
    expect(findRoute(routes, '/nowhere')).toBeNull();
    expect(findRoute(routes, '/identifications/%E0%A4%A')).toBeNull();
    expect(findRoute(routes, '/identifications/x/y')).toBeNull();
  });

  it('opens a screen only to its roles', () => {
    const referrals = routes[4];
    expect(allowed(referrals, ['police_officer'])).toBe(false);
    expect(allowed(referrals, ['police_officer', 'agency_caseworker'])).toBe(true);
    expect(allowed(routes[0], [])).toBe(true);
  });

  it('shows each person only the navigation of their roles, in order', () => {
    expect(navigationFor(routes, ['police_officer']).map((r) => r.titleKey)).toEqual(['home', 'new', 'mine']);
    expect(navigationFor(routes, ['police_supervisor']).map((r) => r.titleKey)).toEqual(['home', 'mine']);
    expect(navigationFor(routes, ['agency_caseworker']).map((r) => r.titleKey)).toEqual(['home', 'referrals']);
  });

  it('offline, lists only the screens that work without a network', () => {
    expect(navigationFor(routes, ['police_officer'], true).map((r) => r.titleKey)).toEqual(['home', 'new']);
  });
});
