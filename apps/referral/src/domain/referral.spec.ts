import { REFERRAL_STATUSES, ReferralStatus } from '@relais/contracts';
import { aReferral, T0 } from '../../test/doubles';
import {
  accept, acknowledge, canTransition, close, closeBySystem, decline, escalateOverdue, isOpen, isOverdue, newReferral, Referral,
  ReferralAction, TRANSITIONS,
} from './referral';
import { ReferralErrorCode, ReferralException } from './referral-errors';

const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function referral(status: ReferralStatus = 'pending', overrides: Partial<Referral> = {}): Referral {
  const waiting = status === 'pending' || status === 'acknowledged';
  return aReferral({ status, version: 3, dueBy: waiting ? later(360) : null, ...overrides });
}

/** Runs one action as its use case would, on the referral's own version, at a time past its deadline. */
function run(action: ReferralAction, r: Referral): Referral {
  const now = later(1000);
  switch (action) {
    case 'acknowledge':
      return acknowledge(r, r.version, now, 360);
    case 'accept':
      return accept(r, r.version, now, false);
    case 'decline':
      return decline(r, r.version, now, 'noCapacity', null);
    case 'close':
      return close(r, r.version, now, 'serviceProvided', null);
    case 'escalate':
      return escalateOverdue(r, now);
    case 'closeBySystem':
      return closeBySystem(r, now, 'consentWithdrawn');
  }
}

const ACTIONS = Object.keys(TRANSITIONS) as ReferralAction[];
const ALLOWED: Record<ReferralAction, ReferralStatus[]> = {
  acknowledge: ['pending'],
  accept: ['acknowledged'],
  decline: ['pending', 'acknowledged'],
  close: ['accepted'],
  escalate: ['pending', 'acknowledged'],
  closeBySystem: ['pending', 'acknowledged', 'accepted'],
};
const TARGET: Record<ReferralAction, ReferralStatus> = {
  acknowledge: 'acknowledged',
  accept: 'accepted',
  decline: 'declined',
  close: 'closed',
  escalate: 'escalated',
  closeBySystem: 'closed',
};

describe('referral lifecycle: every action from every status', () => {
  const grid = REFERRAL_STATUSES.flatMap((status) => ACTIONS.map((action) => [status, action] as const));

  it.each(grid)('from %s, %s', (status, action) => {
    const r = referral(status);
    if (ALLOWED[action].includes(status)) {
      const next = run(action, r);
      expect(next.status).toBe(TARGET[action]);
      expect(next.version).toBe(r.version + 1);
      expect(canTransition(status, action)).toBe(true);
    } else {
      expect(() => run(action, r)).toThrow(
        expect.objectContaining({ code: ReferralErrorCode.IllegalTransition, httpStatus: 409, params: { id: r.id, status, action } }),
      );
      expect(canTransition(status, action)).toBe(false);
    }
  });

  it('ends in a terminal status for declined, escalated and closed: nothing leaves them', () => {
    for (const status of ['declined', 'escalated', 'closed'] as const) {
      expect(ACTIONS.filter((a) => canTransition(status, a))).toEqual([]);
      expect(isOpen({ status })).toBe(false);
    }
  });
});

describe('optimistic concurrency', () => {
  it('refuses a change based on another version with 409, naming both versions', () => {
    const r = referral('pending');
    expect(() => acknowledge(r, 2, later(5), 360)).toThrow(
      expect.objectContaining({ code: ReferralErrorCode.VersionStale, httpStatus: 409, params: { id: r.id, version: 2, currentVersion: 3 } }),
    );
  });

  it('reports a stale version before an illegal move: the caller must look again first', () => {
    expect(() => accept(referral('closed'), 1, later(5), false)).toThrow(expect.objectContaining({ code: ReferralErrorCode.VersionStale }));
  });
});

describe('deadlines', () => {
  it('starts with the time to acknowledge, then runs the time to accept', () => {
    const fresh = newReferral({ ...referral(), acknowledgeMinutes: 120 }, T0);
    expect(fresh).toMatchObject({ status: 'pending', version: 1, dueBy: later(120) });
    const acked = acknowledge(fresh, 1, later(30), 240);
    expect(acked).toMatchObject({ status: 'acknowledged', acknowledgedAt: later(30), dueBy: later(270) });
  });

  it('stops the clock once the agency has decided', () => {
    expect(accept(referral('acknowledged'), 3, later(5), true)).toMatchObject({ dueBy: null, bedHeld: true, acceptedAt: later(5) });
    expect(decline(referral('pending'), 3, later(5), 'outOfArea', 'note')).toMatchObject({
      dueBy: null, declineReason: 'outOfArea', declineNote: 'note', declinedAt: later(5),
    });
  });

  it('is overdue only once the deadline has passed, and only while the agency owes an answer', () => {
    const r = referral('pending');
    expect(isOverdue(r, later(359))).toBe(false);
    expect(isOverdue(r, later(360))).toBe(true);
    expect(isOverdue(referral('accepted'), later(10_000))).toBe(false);
  });

  it('refuses to escalate a referral before its deadline', () => {
    const r = referral('pending');
    expect(() => escalateOverdue(r, later(10))).toThrow(expect.objectContaining({ code: ReferralErrorCode.IllegalTransition }));
    expect(escalateOverdue(r, later(400))).toMatchObject({ status: 'escalated', escalatedAt: later(400), dueBy: null });
  });
});

describe('closing', () => {
  it('records the outcome and the note, and lets go of the bed', () => {
    const r = referral('accepted', { bedHeld: true });
    expect(close(r, 3, later(60), 'transferred', 'vers Kayes')).toMatchObject({
      status: 'closed', outcome: 'transferred', closeNote: 'vers Kayes', closedAt: later(60), bedHeld: false,
    });
  });

  it('closes any open referral on the service\'s own authority, without a version', () => {
    for (const status of ['pending', 'acknowledged', 'accepted'] as const) {
      expect(closeBySystem(referral(status), later(1), 'personalDataErased')).toMatchObject({ status: 'closed', outcome: 'personalDataErased' });
    }
  });

  it('maps every refusal to an HTTP status through one exhaustive switch', () => {
    for (const code of Object.values(ReferralErrorCode)) expect(new ReferralException(code).httpStatus).toBeGreaterThanOrEqual(400);
  });
});
