import { describe, expect, it } from 'vitest';
import { deadlineOf } from './timeline';
import type { Referral } from './referral';

const referral = (over: Partial<Referral>): Referral => ({ status: 'pending', dueBy: null, escalatedAt: null, ...over }) as Referral;
const now = Date.parse('2026-12-07T10:00:00Z');

describe('a referral’s deadline on the timeline', () => {
  it('is missed once the referral was escalated, whatever followed', () => {
    expect(deadlineOf(referral({ status: 'closed', escalatedAt: '2026-12-06T10:00:00Z' }), now)).toBe('missed');
  });
  it('is overdue while undecided past its due time, and pending before', () => {
    expect(deadlineOf(referral({ dueBy: '2026-12-07T09:00:00Z' }), now)).toBe('overdue');
    expect(deadlineOf(referral({ status: 'acknowledged', dueBy: '2026-12-07T11:00:00Z' }), now)).toBe('pending');
  });
  it('is met when decided without escalation', () => {
    expect(deadlineOf(referral({ status: 'accepted', dueBy: '2026-12-08T09:00:00Z' }), now)).toBe('met');
  });
});
