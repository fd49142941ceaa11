import type { AppRoute } from '../../app/routing/types';

/** The data protection officer's workspace: who read a person's file, and erasure. */
export const routes: AppRoute[] = [
  { path: '/privacy', titleKey: 'privacy.title', roles: ['data_protection_officer'], load: () => import('./PrivacyPage'), nav: 50 },
];
