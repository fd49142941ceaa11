import type { ComponentType } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../app/auth/AuthProvider';
import { loadFrenchTexts, renderWithProviders } from '../../shared/test/render';
import type { AgencyView } from './api/agency';
import type { ReferralView } from './api/referrals';
import AccountsPage from './admin/AccountsPage';
import ChannelsPage from './admin/ChannelsPage';
import ProfilePage from './admin/ProfilePage';
import InboxPage from './inbox/InboxPage';
import NotificationsPage from './notifications/NotificationsPage';

const SUB = 'caseworker-1';
const user = { sub: SUB, roles: ['agency_caseworker', 'agency_admin'], agencyId: 'demo-cp-mopti' } as Auth['user'];
const auth: Auth = { status: 'signedIn', user, accessToken: async () => 'token', signIn: async () => undefined, signOut: async () => undefined } as unknown as Auth;

const referral: ReferralView = {
  id: 'r1', reference: 'R-7K3M9Q2X', victimRef: 'V-7K3M9Q2XPA', identificationId: 'i1', agencyId: 'demo-cp-mopti', agencyType: 'ChildProtection',
  need: 'childProtection', urgent: true, isMinor: true, sex: 'female', ageGroup: '9-17', region: 'mopti', status: 'pending',
  dueBy: new Date(Date.now() + 20 * 60_000).toISOString(), createdAt: new Date().toISOString(), acknowledgedAt: null, acceptedAt: null,
  declinedAt: null, closedAt: null, escalatedAt: null, declineReason: null, declineNote: null, closeNote: null, outcome: null, reroutedFrom: null,
  rulesVersion: 1, version: 1,
};
const agency: AgencyView = {
  id: 'demo-cp-mopti', name: 'Centre de protection de Mopti', type: 'ChildProtection', active: true, demo: true, regions: ['mopti'],
  services: ['childProtection'], accepts: { adults: false, minors: true, sexes: ['female', 'male', 'unknown'] }, languages: ['fr', 'bm'],
  capacity: { beds: 8, available: 3 }, updatedAt: new Date().toISOString(), version: 2,
};

/** A screen with its data already known. */
const render = (Screen: ComponentType, data: [unknown[], unknown][]): string => renderWithProviders(<Screen />, { auth, data });

beforeAll(loadFrenchTexts);

describe('agency screens render in French', () => {
  it('inbox: the referral with its reference, coarse attributes and time left, no name', () => {
    const html = render(InboxPage, [[['agency', 'referrals', SUB], [referral]], [['agency', 'notifications', SUB], { items: [], unreadCount: 2 }]]);
    expect(html).toContain('R-7K3M9Q2X');
    expect(html).toContain('Protection de l');
    expect(html).toContain('9-17 ans');
    expect(html).toMatch(/Accusé de réception attendu dans (19|20) min/);
    expect(html).toContain('data-urgency="soon"');
  });

  it('notifications: the unread count', () => {
    const html = render(NotificationsPage, [[['agency', 'notifications', SUB], { items: [{ id: 'n1', title: 'Nouvelle orientation R-7K3M9Q2X', body: 'Besoin : protection', read: false, occurredAt: new Date().toISOString(), createdAt: new Date().toISOString(), eventId: 'e', eventType: 'referral.created.v1', readAt: null, recipientId: 'demo-cp-mopti', recipientKind: 'agency' }], unreadCount: 1 }]]);
    expect(html).toContain('Non lues : 1');
    expect(html).toContain('Marquer comme lue');
  });

  it('profile, channels and accounts', () => {
    expect(render(ProfilePage, [[['agency', 'profile', 'demo-cp-mopti'], agency]])).toContain('Lits libres');
    const channels = { recipientId: 'demo-cp-mopti', recipientKind: 'agency', configured: true, inbox: true, language: 'fr', emails: ['a@example.org'], phones: [], webhook: { url: 'https://x.example/h', secretConfigured: true }, updatedAt: null, version: null };
    expect(render(ChannelsPage, [[['agency', 'channels', 'demo-cp-mopti'], channels]])).toContain('Un secret est enregistré');
    expect(render(AccountsPage, [[['agency', 'accounts', 'demo-cp-mopti'], [{ id: 'u1', username: 'a.traore', enabled: true, roles: ['agency_caseworker'], createdAt: null }]]])).toContain('Désactiver a.traore');
  });
});
