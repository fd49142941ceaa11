import { applyCorrection } from './corrections';
import { CorrectableState } from './identification';

const current: CorrectableState = {
  place: { region: 'mopti', cercle: 'Djenné', locality: 'Sofara' },
  forms: ['ForcedBegging'],
  methodsOfControl: ['PhysicalThreats'],
  needs: [{ need: 'childProtection', urgent: false }],
  assessment: 'PossibleVictimOfTrafficking',
};

describe('applyCorrection', () => {
  it('replaces the given fields and names the changed ones in the contract vocabulary', () => {
    const outcome = applyCorrection(current, { place: { region: 'segou' }, assessment: 'ActualVictimOfTrafficking' }, false);
    expect(outcome.next).toMatchObject({ place: { region: 'segou' }, assessment: 'ActualVictimOfTrafficking', forms: ['ForcedBegging'] });
    expect(outcome.changedFields).toEqual(['region', 'cercle', 'assessment']);
    expect(outcome.changed).toBe(true);
  });

  it('keeps a child’s child-protection need', () => {
    const outcome = applyCorrection(current, { needs: [{ need: 'medical', urgent: true }] }, true);
    expect(outcome.next.needs).toEqual([{ need: 'medical', urgent: true }, { need: 'childProtection', urgent: false }]);
    expect(outcome.changedFields).toEqual(['needs']);
  });

  it('sees no change when the correction repeats the current state', () => {
    const outcome = applyCorrection(current, { forms: ['ForcedBegging'], needs: [{ need: 'childProtection', urgent: false }] }, true);
    expect(outcome).toMatchObject({ changedFields: [], changed: false });
  });

  it('counts a change of place detail that no event carries as a change without event fields', () => {
    const outcome = applyCorrection(current, { place: { ...current.place, locality: 'Konna' } }, false);
    expect(outcome).toMatchObject({ changedFields: [], changed: true });
  });
});
