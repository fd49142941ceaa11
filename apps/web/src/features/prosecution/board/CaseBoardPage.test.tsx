import { beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../../app/auth/AuthProvider';
import { loadFrenchTexts, renderWithProviders } from '../../../shared/test/render';
import type { CasePage, CaseSummary, Stage } from '../api/prosecution';
import { STAGES } from '../api/stages';
import CaseBoardPage from './CaseBoardPage';

const SUB = 'prosecutor-mopti';
const auth = { status: 'signedIn', user: { sub: SUB, roles: ['prosecutor'] }, accessToken: async () => 'token' } as unknown as Auth;
const aCase: CaseSummary = {
  id: '0190d1f6-0000-7000-8000-000000000001', reference: 'C-7K3M9Q2X', officeId: 'parquet-tgi-mopti', region: 'mopti', cercle: null, stage: 'reportReceived',
  stageChangedAt: '2026-11-03T08:00:00Z', openedAt: '2026-11-03T08:00:00Z', openedFrom: 'identification', victimRefs: ['V-7K3M9Q2XRT'], identificationIds: [],
  mergedIntoCaseId: null, version: 1,
};
const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;

/** The board's first screen: the counts and the first page of the first stage, as the service answered them. */
const render = (page: CasePage, byStage = { ...counts, reportReceived: 21, trial: 2 }): string =>
  renderWithProviders(<CaseBoardPage />, {
    auth,
    data: [
      [['prosecution', 'counts', SUB, {}], byStage],
      [['prosecution', 'cases', SUB, { stage: 'reportReceived', limit: 20 }], page],
    ],
  });
const stageButton = (html: string, stage: Stage) => html.match(new RegExp(`<button[^>]*data-testid="stage-${stage}"[^>]*>(.*?)</button>`))?.[1]?.replace(/<!-- -->/g, '');
const buttons = (html: string) => [...html.matchAll(/<button([^>]*)>.*?<\/button>/g)].map(([whole, attributes]) => ({ text: whole.replace(/<[^>]+>/g, ''), disabled: / disabled=""/.test(attributes) }));

beforeAll(loadFrenchTexts);

describe('the case board', () => {
  it("shows each stage's count from the service's counts, 0 included", () => {
    const html = render({ items: [aCase] });
    expect(stageButton(html, 'reportReceived')).toContain('(21)');
    expect(stageButton(html, 'trial')).toContain('(2)');
    expect(stageButton(html, 'noCase')).toContain('(0)');
  });

  it('offers the next page when the service gave a cursor for it, and no previous one on the first', () => {
    const html = render({ items: [aCase], nextCursor: 'opaque' });
    expect(html).toContain('C-7K3M9Q2X');
    expect(html).toContain('Page 1');
    expect(buttons(html).filter((b) => ['Précédents', 'Suivants'].includes(b.text))).toEqual([
      { text: 'Précédents', disabled: true },
      { text: 'Suivants', disabled: false },
    ]);
  });

  it('shows no pager when the stage fits on one page', () => {
    const html = render({ items: [aCase] });
    expect(html).not.toContain('Suivants');
    expect(html).not.toContain('Page 1');
  });
});
