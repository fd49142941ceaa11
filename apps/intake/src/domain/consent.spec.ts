import { ConsentRecord, consentGiverAllowed, consentState } from './consent';

const record = (over: Partial<ConsentRecord>, seq: number): ConsentRecord => ({
  purpose: 'referral',
  givenBy: 'victim',
  given: true,
  withdrawn: false,
  recordedAt: '2026-11-20T10:00:00Z',
  seq,
  ...over,
});

describe('consentGiverAllowed', () => {
  it('lets an adult consent and requires a guardian (or not applicable) for a child', () => {
    expect(consentGiverAllowed(false, 'victim')).toBe(true);
    expect(consentGiverAllowed(true, 'victim')).toBe(false);
    expect(consentGiverAllowed(true, 'guardian')).toBe(true);
    expect(consentGiverAllowed(true, 'notApplicable')).toBe(true);
  });
});

describe('consentState', () => {
  const initial = [record({ purpose: 'referral', given: true }, 1), record({ purpose: 'dataSharing', given: false }, 2)];

  it('reads the initial consent', () => {
    expect(consentState(initial)).toEqual({ referral: true, dataSharing: false, givenBy: 'victim', withdrawn: false });
  });

  it('applies a later withdrawal and marks it as such', () => {
    const withdrawn = record({ given: false, withdrawn: true, recordedAt: '2026-11-22T10:00:00Z' }, 3);
    expect(consentState([...initial, withdrawn])).toEqual({ referral: false, dataSharing: false, givenBy: 'victim', withdrawn: true });
  });

  it('orders by the time recorded, so an act that arrives late does not override a newer one', () => {
    const newer = record({ given: false, withdrawn: true, recordedAt: '2026-11-25T10:00:00Z' }, 3);
    const olderArrivingLate = record({ given: true, recordedAt: '2026-11-23T10:00:00Z', givenBy: 'guardian' }, 4);
    expect(consentState([...initial, newer, olderArrivingLate])).toMatchObject({ referral: false, withdrawn: true, givenBy: 'victim' });
  });

  it('leaves acts limited to one recipient out of the general state', () => {
    const forOneAgency = record({ recipient: 'agency-1', given: false, withdrawn: true, recordedAt: '2026-11-30T10:00:00Z' }, 3);
    expect(consentState([...initial, forOneAgency])).toMatchObject({ referral: true, withdrawn: false });
  });

  it('gives consent again after a withdrawal', () => {
    const withdrawn = record({ given: false, withdrawn: true, recordedAt: '2026-11-22T10:00:00Z' }, 3);
    const again = record({ given: true, recordedAt: '2026-11-24T10:00:00Z', givenBy: 'guardian' }, 4);
    expect(consentState([...initial, withdrawn, again])).toEqual({ referral: true, dataSharing: false, givenBy: 'guardian', withdrawn: false });
  });
});
