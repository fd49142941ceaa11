import { beforeAll, describe, expect, it } from 'vitest';
import { loadFrenchTexts, renderWithProviders } from '../../../shared/test/render';
import { HearingCalendar } from './HearingCalendar';

beforeAll(loadFrenchTexts);

/** React's text separators (<!-- -->) removed, to read the text as a person would. */
const html = (markup: string) => markup.replace(/<!-- -->/g, '');

const render = (now: Date) => html(renderWithProviders(
  <HearingCalendar now={now} hearings={[
    { id: 'h1', at: new Date(2027, 0, 15, 9).toISOString(), kind: 'preliminary', court: 'TGI de Mopti' },
    { id: 'h2', at: new Date(2027, 0, 15, 14, 30).toISOString(), kind: 'trial', court: 'TGI de Mopti' },
  ]} />,
));

describe('the hearings calendar (server-rendered, wide screen)', () => {
  it('opens on the next hearing’s month, a labelled grid in French, the day with its hearings as the one focus stop', () => {
    const html = render(new Date(2026, 11, 7));
    expect(html).toContain('Janvier 2027');
    expect(html).toMatch(/<table[^>]*role="grid"[^>]*aria-labelledby="[^"]+"/);
    expect(html).toContain('abbr="Lundi"');
    expect(html).toContain('Vendredi 15 janvier 2027 — 2 audiences');
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toMatch(/data-day="2027-01-15"[^>]*tabindex="0"|tabindex="0"[^>]*data-day="2027-01-15"/);
    expect(html.indexOf('Audience préliminaire')).toBeLessThan(html.indexOf('Audience de jugement'));
    expect(html).toContain('Mois précédent');
    expect(html).not.toContain('aria-current="date"'); // today is in December
  });

  it('marks today when its month is shown', () => {
    expect(render(new Date(2027, 0, 20))).toMatch(/data-day="2027-01-20"[^>]*aria-current="date"|aria-current="date"[^>]*data-day="2027-01-20"/);
  });
});
