import { beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../../app/auth/AuthProvider';
import { loadFrenchTexts, renderWithProviders } from '../../../shared/test/render';
import { ChangeRequests } from './ChangeRequests';
import { type ChangeRequestView, newestFirst } from './change-requests';

const user = { sub: 'admin-1', roles: ['agency_admin'], agencyId: 'demo-cp-mopti' } as Auth['user'];
const auth = { status: 'signedIn', user, accessToken: async () => 'token' } as unknown as Auth;

const base = { agencyId: 'demo-cp-mopti', requestedBy: 'admin-1', decidedBy: null, decidedAt: null, reason: null, version: 1 };
const requests: ChangeRequestView[] = [
  { ...base, id: 'a', status: 'rejected', changes: { services: ['shelter'] }, requestedAt: '2026-12-01T09:00:00Z', decidedBy: 'c', decidedAt: '2026-12-02T10:00:00Z', reason: 'Hors mandat', version: 2 },
  { ...base, id: 'b', status: 'pending', changes: { regions: ['mopti', 'segou'] }, requestedAt: '2026-12-05T09:00:00Z' },
];

const render = (data: ChangeRequestView[]): string =>
  renderWithProviders(<ChangeRequests />, { auth, data: [[['agency', 'change-requests', 'demo-cp-mopti'], data]] });

beforeAll(loadFrenchTexts);

describe('the administrator’s requests to the coordinator', () => {
  it('lists the newest first', () => {
    expect(newestFirst(requests).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('shows each status, what was asked, when it was decided and the coordinator’s reason, in French', () => {
    const html = render(requests);
    expect(html).toContain('En attente');
    expect(html).toContain('Régions demandées : Mopti, Ségou');
    expect(html).toContain('Refusée');
    expect(html).toMatch(/Refusée le \d/);
    expect(html).toContain('Motif de la coordination : Hors mandat');
    expect(html.indexOf('En attente')).toBeLessThan(html.indexOf('Hors mandat'));
  });

  it('says when there is nothing', () => {
    expect(render([])).toContain('Aucune demande de modification.');
  });
});
