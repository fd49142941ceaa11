import { ageFacts } from './age';

const at = '2026-11-20T10:00:00Z';

describe('ageFacts', () => {
  it('takes the age at identification from the birth date', () => {
    expect(ageFacts({ dateOfBirth: '2010-11-21' }, at)).toEqual({ age: 15, ageGroup: '9-17', isMinor: true });
    expect(ageFacts({ dateOfBirth: '2008-11-20' }, at)).toEqual({ age: 18, ageGroup: '18-20', isMinor: false });
  });

  it('uses the estimate when there is no birth date', () => {
    expect(ageFacts({ estimatedAge: 7 }, at)).toEqual({ age: 7, ageGroup: '0-8', isMinor: true });
    expect(ageFacts({ estimatedAge: 30 }, at)).toEqual({ age: 30, ageGroup: '30-38', isMinor: false });
  });

  it('leaves an unknown age unknown and adult unless the officer presumes a child', () => {
    expect(ageFacts({}, at)).toEqual({ ageGroup: 'unknown', isMinor: false });
    expect(ageFacts({ presumedMinor: true }, at)).toEqual({ ageGroup: 'unknown', isMinor: true });
  });

  it('keeps the presumption of minority over a stated adult age, and the age group as stated', () => {
    expect(ageFacts({ estimatedAge: 19, presumedMinor: true }, at)).toEqual({ age: 19, ageGroup: '18-20', isMinor: true });
    expect(ageFacts({ estimatedAge: 12, presumedMinor: false }, at)).toMatchObject({ isMinor: true });
  });
});
