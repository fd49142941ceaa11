import type { AppRoute } from './types';

// Each area declares its screens in src/features/<area>/routes.ts (`export const routes: AppRoute[]`),
// found at build time; the shell owns only the home page.
const areas = import.meta.glob<readonly AppRoute[]>('../../features/*/routes.ts', { eager: true, import: 'routes' });

const shellRoutes: AppRoute[] = [
  { path: '/', titleKey: 'home.title', roles: 'any', load: () => import('../home/HomePage'), nav: 0, offline: true },
];

export const ROUTES: readonly AppRoute[] = [...shellRoutes, ...Object.values(areas).flat()];
