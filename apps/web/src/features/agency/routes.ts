import type { AppRoute } from '../../app/routing/types';

const STAFF = ['agency_caseworker', 'agency_admin'] as const;
const ADMIN = ['agency_admin'] as const;

/** A protection agency's workspace: the caseworkers' inbox, the administrator's settings. */
export const routes: AppRoute[] = [
  { path: '/agency/inbox', titleKey: 'agency.title.inbox', roles: STAFF, load: () => import('./inbox/InboxPage'), nav: 20 },
  { path: '/agency/referrals/:id', titleKey: 'agency.title.referral', roles: STAFF, load: () => import('./inbox/ReferralPage') },
  { path: '/agency/notifications', titleKey: 'agency.title.notifications', roles: STAFF, load: () => import('./notifications/NotificationsPage'), nav: 21 },
  { path: '/agency/profile', titleKey: 'agency.title.profile', roles: ADMIN, load: () => import('./admin/ProfilePage'), nav: 22 },
  { path: '/agency/channels', titleKey: 'agency.title.channels', roles: ADMIN, load: () => import('./admin/ChannelsPage'), nav: 23 },
  { path: '/agency/accounts', titleKey: 'agency.title.accounts', roles: ADMIN, load: () => import('./admin/AccountsPage'), nav: 24 },
];
