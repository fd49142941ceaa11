import type { AppRoute } from '../../app/routing/types';

const POLICE = ['police_officer', 'police_supervisor'] as const;

/** The officer's and supervisor's workspace. The form and the outbox work without a network. */
export const routes: AppRoute[] = [
  { path: '/officer/new', titleKey: 'officer.title.new', roles: POLICE, load: () => import('./NewIdentificationPage'), nav: 10, offline: true },
  { path: '/officer/outbox', titleKey: 'officer.title.outbox', roles: POLICE, load: () => import('./outbox/OutboxPage'), nav: 11, offline: true },
  { path: '/officer/outbox/:id', titleKey: 'officer.title.outboxEdit', roles: POLICE, load: () => import('./outbox/OutboxItemEditPage'), offline: true },
  { path: '/officer/identifications', titleKey: 'officer.title.identifications', roles: POLICE, load: () => import('./identifications/IdentificationsPage'), nav: 12 },
  { path: '/officer/identifications/:id/edit', titleKey: 'officer.title.correction', roles: POLICE, load: () => import('./correction/CorrectionPage') },
];
