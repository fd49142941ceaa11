import { describe, expect, it } from 'vitest';
import { allowedActions, mayReadPerson, needsAction, refusalKind } from './actions';

describe('what a caseworker may do with a referral', () => {
  it('follows the lifecycle', () => {
    expect(allowedActions('pending', true)).toEqual(['acknowledge', 'decline']);
    expect(allowedActions('acknowledged', true)).toEqual(['accept', 'decline']);
    expect(allowedActions('accepted', true)).toEqual(['close']);
  });

  it('offers nothing on a finished referral', () => {
    for (const status of ['declined', 'escalated', 'closed'] as const) expect(allowedActions(status, true)).toEqual([]);
  });

  it('offers nothing to someone who cannot act (an agency administrator reading the inbox)', () => {
    expect(allowedActions('pending', false)).toEqual([]);
  });

  it('marks pending and acknowledged as waiting for the agency', () => {
    expect(needsAction('pending')).toBe(true);
    expect(needsAction('acknowledged')).toBe(true);
    expect(needsAction('accepted')).toBe(false);
  });

  it('reads the person only while accepted', () => {
    expect(mayReadPerson('accepted')).toBe(true);
    expect(mayReadPerson('acknowledged')).toBe(false);
    expect(mayReadPerson('closed')).toBe(false);
  });
});

describe('refusals of the referral service', () => {
  it('shows a stale version as a conflict and a transition no longer possible as such', () => {
    expect(refusalKind('VERSION_STALE')).toBe('stale');
    expect(refusalKind('ILLEGAL_TRANSITION')).toBe('illegal');
    expect(refusalKind('NO_BED_AVAILABLE')).toBe('other');
    expect(refusalKind(undefined)).toBe('other');
  });
});
