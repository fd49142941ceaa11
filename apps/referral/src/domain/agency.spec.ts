import { demoDirectory } from '../../test/reference-data';
import { acceptsPerson, applyPatch, hasBedFor, newAgency, restrictedFields, takesBed } from './agency';
import { ReferralErrorCode } from './referral-errors';

const shelter = () => demoDirectory().find((a) => a.id === 'demo-shelter-mopti')!;
const now = new Date('2026-12-02T00:00:00Z');

describe('agency', () => {
  it('counts beds for shelter referrals only', () => {
    expect(takesBed(shelter(), 'shelter')).toBe(true);
    expect(takesBed(shelter(), 'basicNeeds')).toBe(false);
    const full = { ...shelter(), capacity: { beds: 8, available: 0 } };
    expect(hasBedFor(full, 'shelter')).toBe(false);
    expect(hasBedFor(full, 'basicNeeds')).toBe(true);
  });

  it('accepts by age and sex', () => {
    const women = demoDirectory().find((a) => a.id === 'demo-shelter-bamako-women')!;
    expect(acceptsPerson(women, { isMinor: true, sex: 'female' })).toBe(true);
    expect(acceptsPerson(women, { isMinor: false, sex: 'male' })).toBe(false);
    expect(acceptsPerson(women, { isMinor: false, sex: 'unknown' })).toBe(false);
  });

  it('edits on the current version only, bumping it', () => {
    const a = shelter();
    expect(applyPatch(a, { name: 'Nouveau nom' }, 1, now)).toMatchObject({ name: 'Nouveau nom', version: 2, updatedAt: now, type: 'Shelter' });
    expect(() => applyPatch(a, { name: 'x' }, 2, now)).toThrow(expect.objectContaining({ code: ReferralErrorCode.VersionStale }));
  });

  it('never has more free beds than beds', () => {
    expect(() => applyPatch(shelter(), { capacity: { beds: 4, available: 5 } }, 1, now)).toThrow(
      expect.objectContaining({ code: ReferralErrorCode.CapacityInvalid, params: { beds: 4, available: 5 } }),
    );
    const { id: _id, demo: _demo, version: _v, createdAt: _c, updatedAt: _u, ...profile } = shelter();
    expect(() => newAgency('x-y', { ...profile, capacity: { beds: 0, available: 1 } }, now)).toThrow(
      expect.objectContaining({ code: ReferralErrorCode.CapacityInvalid }),
    );
  });

  it('leaves type and active to the coordinator', () => {
    expect(restrictedFields({ name: 'x', capacity: { beds: 1, available: 1 } })).toEqual([]);
    expect(restrictedFields({ type: 'NGO', active: false, languages: ['fr'] })).toEqual(['type', 'active']);
    expect(restrictedFields({ type: undefined })).toEqual([]);
  });
});
