import { EscalationRecord, resolve } from './escalation';
import { ReferralErrorCode } from './referral-errors';

const T0 = new Date('2026-12-07T10:00:00Z');
const open: EscalationRecord = {
  id: 'e', referralId: null, reference: null, victimRef: 'V-7K3M9Q2XPA', identificationId: 'i', agencyId: null, need: 'shelter', urgent: false,
  region: 'kidal', cause: 'noCandidate', reroutedTo: null, escalatedAt: T0, version: 1, resolution: null,
};
const command = { code: 'duplicate' as const, note: 'déjà orientée', expectedVersion: 1 };

describe('resolving an escalation', () => {
  it('records the resolution and moves the version on', () => {
    const { escalation, replayed } = resolve(open, command, 'coordinator-1', T0);
    expect(replayed).toBe(false);
    expect(escalation).toMatchObject({ version: 2, resolution: { code: 'duplicate', note: 'déjà orientée', resolvedBy: 'coordinator-1', resolvedAt: T0 } });
  });

  it('answers the same command again as a replay, unchanged', () => {
    const { escalation } = resolve(open, command, 'coordinator-1', T0);
    expect(resolve(escalation, command, 'coordinator-2', new Date())).toEqual({ escalation, replayed: true });
  });

  it('refuses a stale version, and a different resolution of a resolved escalation', () => {
    const { escalation } = resolve(open, command, 'coordinator-1', T0);
    expect(() => resolve(open, { ...command, expectedVersion: 2 }, 'c', T0)).toThrow(expect.objectContaining({ code: ReferralErrorCode.VersionStale }));
    expect(() => resolve(escalation, { ...command, code: 'personUnreachable' }, 'c', T0)).toThrow(expect.objectContaining({ code: ReferralErrorCode.VersionStale }));
    expect(() => resolve(escalation, { ...command, code: 'personUnreachable', expectedVersion: 2 }, 'c', T0)).toThrow(expect.objectContaining({ code: ReferralErrorCode.EscalationResolved }));
  });
});
