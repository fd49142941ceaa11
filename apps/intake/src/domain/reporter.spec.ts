import { IntakeException } from './intake-errors';
import { reporterOf } from './reporter';

describe('reporterOf', () => {
  it('takes unit, institution and officer from the token', () => {
    expect(reporterOf({ sub: 'o-1', roles: ['police_officer'], unitId: 'cp-mopti', institution: 'police' })).toEqual({
      institution: 'police', unitId: 'cp-mopti', officerId: 'o-1',
    });
  });

  it('refuses an account without a unit or an institution', () => {
    expect(() => reporterOf({ sub: 'o-1', roles: ['police_officer'], institution: 'police' })).toThrow(IntakeException);
    expect(() => reporterOf({ sub: 'o-1', roles: ['police_supervisor'], unitId: 'u' })).toThrow(IntakeException);
    expect(() => reporterOf({ sub: 'c-1', roles: ['coordinator'], unitId: 'u', institution: 'police' })).toThrow(IntakeException);
  });
});
