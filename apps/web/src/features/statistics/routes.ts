import type { AppRoute } from '../../app/routing/types';

/** The action plan's dashboards: exact figures for the coordinator and statisticians, protected ones for prosecutors. */
export const routes: AppRoute[] = [
  { path: '/dashboards', titleKey: 'statistics.dashboard.title', roles: ['coordinator', 'statistician', 'prosecutor'], load: () => import('./DashboardPage'), nav: 30 },
];
