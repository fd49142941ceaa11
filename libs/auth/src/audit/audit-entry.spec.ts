import { assertAuditEntry, AuditEntry } from './audit-entry';

const entry: AuditEntry = { actor: 'u-1', action: 'person.read', resourceType: 'person', resourceId: 'VR-8K2P', outcome: 'success' };

describe('assertAuditEntry', () => {
  it('accepts ids and codes', () => {
    expect(() => assertAuditEntry({ ...entry, details: { referralId: 'r-1', fields: ['needs', 'region'], count: 2 } })).not.toThrow();
  });

  it('refuses an incomplete entry or an unknown outcome', () => {
    expect(() => assertAuditEntry({ ...entry, actor: '' })).toThrow(/actor/);
    expect(() => assertAuditEntry({ ...entry, outcome: 'maybe' as AuditEntry['outcome'] })).toThrow(/outcome/);
  });

  it('refuses details naming a personal-data field, at any depth and in any case', () => {
    expect(() => assertAuditEntry({ ...entry, details: { familyName: 'x' } })).toThrow(/"familyName"/);
    expect(() => assertAuditEntry({ ...entry, details: { changes: [{ before: { DateOfBirth: 'x' } }] } })).toThrow(/"DateOfBirth"/);
  });

  it('refuses details that are not a plain object', () => {
    expect(() => assertAuditEntry({ ...entry, details: new Date() as unknown as Record<string, unknown> })).toThrow(/plain object/);
  });
});
