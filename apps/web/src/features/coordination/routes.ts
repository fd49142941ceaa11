import type { AppRoute } from '../../app/routing/types';

const COORDINATOR = ['coordinator'] as const;

/** The national coordinator's workspace: escalations, one person's path, and what routing would do. */
export const routes: AppRoute[] = [
  { path: '/coordination/escalations', titleKey: 'coordination.title.escalations', roles: COORDINATOR, load: () => import('./escalations/EscalationsPage'), nav: 40 },
  { path: '/coordination/timeline', titleKey: 'coordination.title.timeline', roles: COORDINATOR, load: () => import('./timeline/TimelinePage'), nav: 41 },
  { path: '/coordination/timeline/:victimRef', titleKey: 'coordination.title.timeline', roles: COORDINATOR, load: () => import('./timeline/TimelinePage') },
  { path: '/coordination/agencies', titleKey: 'coordination.title.directory', roles: COORDINATOR, load: () => import('./directory/DirectoryPage'), nav: 43 },
  { path: '/coordination/routing-preview', titleKey: 'coordination.title.preview', roles: COORDINATOR, load: () => import('./preview/RoutingPreviewPage'), nav: 42 },
];
