import { Principal } from '@relais/auth';
import { readerOf } from './access';

const p = (roles: Principal['roles'], claims: Partial<Principal> = {}): Principal => ({ sub: 'u1', roles, ...claims });

describe('readerOf', () => {
  it('keeps only the claims backed by a role', () => {
    expect(readerOf(p(['police_officer'], { unitId: 'u', region: 'mopti', agencyId: 'a' }))).toEqual({ coordinator: false, unitId: 'u' });
    expect(readerOf(p(['police_supervisor'], { unitId: 'u', region: 'mopti' }))).toEqual({ coordinator: false, unitId: 'u', region: 'mopti' });
    expect(readerOf(p(['agency_caseworker'], { agencyId: 'a', unitId: 'u' }))).toEqual({ coordinator: false, agencyId: 'a' });
    expect(readerOf(p(['prosecutor'], { jurisdiction: 'tgi-mopti', agencyId: 'a' }))).toEqual({ coordinator: false, officeId: 'tgi-mopti' });
    expect(readerOf(p(['coordinator']))).toEqual({ coordinator: true });
    expect(readerOf(p(['statistician'], { unitId: 'u', agencyId: 'a', region: 'mopti', jurisdiction: 'o' }))).toEqual({ coordinator: false });
    expect(readerOf(p(['data_protection_officer']))).toEqual({ coordinator: false });
  });

  it('narrows by purpose: no agency or prosecutor for corrections, no prosecutor for consent', () => {
    expect(readerOf(p(['agency_caseworker'], { agencyId: 'a' }), 'correct')).toEqual({ coordinator: false });
    expect(readerOf(p(['agency_caseworker'], { agencyId: 'a' }), 'consent')).toEqual({ coordinator: false, agencyId: 'a' });
    expect(readerOf(p(['prosecutor'], { jurisdiction: 'o' }), 'consent')).toEqual({ coordinator: false });
  });
});
