import { CUSTODY_STATUSES, isInCustody } from './defendant';

describe('custody', () => {
  it('counts police custody, pre-trial detention and imprisonment as in custody, nothing else', () => {
    expect(CUSTODY_STATUSES.filter(isInCustody)).toEqual(['policeCustody', 'pretrialDetention', 'imprisoned']);
  });
});
