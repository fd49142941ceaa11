import { CASE_STAGES, isRole, STAGE_TRANSITIONS, STAGES_REQUIRING_DECISION_REF } from './index';

describe('vocabulary', () => {
  it('knows a role by its exact name only', () => {
    expect(isRole('prosecutor')).toBe(true);
    expect(isRole('Prosecutor')).toBe(false);
    expect(isRole('offline_access')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it('gives every stage its steps, and only towards stages', () => {
    expect(Object.keys(STAGE_TRANSITIONS)).toEqual([...CASE_STAGES]);
    for (const next of [...Object.values(STAGE_TRANSITIONS).flat(), ...STAGES_REQUIRING_DECISION_REF]) expect(CASE_STAGES).toContain(next);
  });
});
