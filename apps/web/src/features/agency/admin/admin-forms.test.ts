import { describe, expect, it } from 'vitest';
import type { AgencyView } from '../api/agency';
import { channelsBody, lines } from './channels-body';
import { changes } from './profile-changes';

const agency: AgencyView = {
  id: 'demo-shelter-mopti',
  name: 'Abri de Mopti',
  type: 'Shelter',
  active: true,
  demo: true,
  regions: ['mopti'],
  services: ['shelter', 'basicNeeds'],
  accepts: { adults: true, minors: true, sexes: ['female', 'male', 'unknown'] },
  languages: ['fr', 'bm'],
  capacity: { beds: 8, available: 8 },
  updatedAt: '2026-12-07T10:00:00Z',
  version: 3,
};

describe('an agency profile edit', () => {
  it('sends only what changed, with the version it was based on', () => {
    expect(changes(agency, agency)).toEqual({ version: 3 });
    expect(changes(agency, { ...agency, languages: ['bm', 'fr'] })).toEqual({ version: 3 });
    expect(changes(agency, { ...agency, languages: ['fr', 'bm', 'ff'], capacity: { beds: 8, available: 5 } })).toEqual({
      version: 3,
      languages: ['fr', 'bm', 'ff'],
      capacity: { beds: 8, available: 5 },
    });
  });

  it('sends the routing scope only when it changed (it goes to the coordinator)', () => {
    expect(changes(agency, { ...agency, accepts: { ...agency.accepts, sexes: ['male', 'unknown', 'female'] } })).toEqual({ version: 3 });
    expect(changes(agency, { ...agency, services: ['shelter'] })).toEqual({ version: 3, services: ['shelter'] });
    expect(changes(agency, { ...agency, accepts: { ...agency.accepts, adults: false } })).toEqual({ version: 3, accepts: { adults: false, minors: true, sexes: ['female', 'male', 'unknown'] } });
  });
});

describe('notification channels', () => {
  it('reads one address a line (commas and semicolons too), blanks ignored', () => {
    expect(lines(' a@example.org \n\n b@example.org; c@example.org,')).toEqual(['a@example.org', 'b@example.org', 'c@example.org']);
  });

  it('keeps the registered secret when none is typed and removes the webhook without a URL', () => {
    expect(channelsBody({ language: 'fr', emails: '', phones: '+22376000000', url: ' https://ong.example/hook ', secret: '' })).toEqual({
      language: 'fr',
      emails: [],
      phones: ['+22376000000'],
      webhook: { url: 'https://ong.example/hook' },
    });
    expect(channelsBody({ language: 'en', emails: '', phones: '', url: '', secret: 'whsec_x' })).toEqual({ language: 'en', emails: [], phones: [] });
    expect(channelsBody({ language: 'fr', emails: '', phones: '', url: 'https://ong.example/hook', secret: 'whsec_abc' }).webhook).toEqual({ url: 'https://ong.example/hook', secret: 'whsec_abc' });
  });
});

describe('vocabulary options', () => {
  it('names the code of a language label shared by two codes', async () => {
    const { options } = await import('../vocabulary');
    const languages = options('languages', 'fr');
    expect(languages.filter((o) => o.label.startsWith('Wolof'))).toEqual([
      { value: 'wo', label: 'Wolof (wo)' },
      { value: 'wol', label: 'Wolof (wol)' },
    ]);
    expect(new Set(languages.map((o) => o.label)).size).toBe(languages.length);
    expect(options('needs', 'fr').find((o) => o.value === 'shelter')?.label).toBe('Hébergement');
  });
});
