import { describe, expect, it } from 'vitest';
import { conflictingFields, correctionBody, type CorrectionValues, reapply } from './correction';

const base: CorrectionValues = {
  place: { region: 'mopti', cercle: 'Djenné', commune: '', locality: '', latitude: '', longitude: '' },
  forms: ['ForcedBegging'],
  methodsOfControl: [],
  needs: [{ need: 'shelter', urgent: false }],
  assessment: 'PossibleVictimOfTrafficking',
};

describe('a correction', () => {
  it('sends only the fields changed, with the version it was made on', () => {
    expect(correctionBody(base, { ...base, assessment: 'ActualVictimOfTrafficking' }, 3)).toEqual({ version: 3, assessment: 'ActualVictimOfTrafficking' });
  });

  it('sends the whole place when any part of it changed', () => {
    const after = { ...base, place: { ...base.place, commune: 'Djenné', latitude: '13.9', longitude: '-4.55' } };
    expect(correctionBody(base, after, 1)).toEqual({ version: 1, place: { region: 'mopti', cercle: 'Djenné', commune: 'Djenné', latitude: 13.9, longitude: -4.55 } });
  });

  it('finds the fields both sides changed differently, and only those', () => {
    const mine = { ...base, assessment: 'ActualVictimOfTrafficking', forms: ['ForcedLabour'] };
    const theirs = { ...base, assessment: 'ActualVictimOfTrafficking', forms: ['Servitude'], needs: [] };
    expect(conflictingFields(base, mine, theirs)).toEqual(['forms']);
  });

  it('re-applies only the officer’s own changes over the current version', () => {
    const mine = { ...base, assessment: 'ActualVictimOfTrafficking' };
    const current = { ...base, forms: ['ForcedBegging', 'ChildLabour'] };
    expect(reapply(base, mine, current)).toEqual({ ...base, forms: ['ForcedBegging', 'ChildLabour'], assessment: 'ActualVictimOfTrafficking' });
  });
});
