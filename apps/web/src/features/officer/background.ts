import type { BackgroundTask } from '../../app/background/types';

/** The outbox sends itself whenever a police user is signed in and online, on any screen. */
export const background: BackgroundTask[] = [
  { name: 'officer-outbox-sync', roles: ['police_officer', 'police_supervisor'], load: () => import('./outbox/outbox-sync') },
];
