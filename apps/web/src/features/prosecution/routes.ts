import type { AppRoute } from '../../app/routing/types';

/** The prosecutor's workspace: the office's cases, each case file and the decisions recorded on it. */
export const routes: AppRoute[] = [
  { path: '/prosecution/cases', titleKey: 'prosecution.title.board', roles: ['prosecutor', 'coordinator'], load: () => import('./board/CaseBoardPage'), nav: 30 },
  { path: '/prosecution/cases/:id', titleKey: 'prosecution.title.case', roles: ['prosecutor', 'coordinator'], load: () => import('./case/CaseFilePage') },
];
