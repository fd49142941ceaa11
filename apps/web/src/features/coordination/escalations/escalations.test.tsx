import { beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../../app/auth/AuthProvider';
import { loadFrenchTexts, renderWithProviders } from '../../../shared/test/render';
import type { Escalation, EscalationPage } from '../api/referral';
import EscalationsPage from './EscalationsPage';

const SUB = 'coordinator-1';
const auth = { status: 'signedIn', user: { sub: SUB, roles: ['coordinator'] }, accessToken: async () => 'token' } as unknown as Auth;
const escalation: Escalation = {
  id: 'e1', referralId: null, reference: null, victimRef: 'V-7K3M9Q2XPA', identificationId: 'i1', agencyId: null, need: 'shelter', urgent: true,
  region: 'kidal', cause: 'noCandidate', reroutedTo: null, escalatedAt: new Date().toISOString(), version: 1, resolution: null,
};

/** The first page, as the service answered it. */
const render = (page: EscalationPage): string => renderWithProviders(<EscalationsPage />, { auth, data: [[['coordination', 'escalations', SUB, undefined], page]] });
/** Each pager button, with whether it is disabled. */
const buttons = (html: string) => [...html.matchAll(/<button([^>]*)>.*?<\/button>/g)].map(([whole, attributes]) => ({ text: whole.replace(/<[^>]+>/g, ''), disabled: / disabled=""/.test(attributes) }));

beforeAll(loadFrenchTexts);

describe('the escalations list pages by cursor', () => {
  it('offers the next page when the service gave a cursor for it, and no previous one on the first', () => {
    const html = render({ items: [escalation], nextCursor: 'opaque' });
    expect(html).toContain('Page 1');
    expect(buttons(html).filter((b) => ['Précédentes', 'Suivantes'].includes(b.text))).toEqual([
      { text: 'Précédentes', disabled: true },
      { text: 'Suivantes', disabled: false },
    ]);
  });

  it('shows no pager when everything fits on one page', () => {
    const html = render({ items: [escalation] });
    expect(html).not.toContain('Suivantes');
    expect(html).not.toContain('Page 1');
  });
});
