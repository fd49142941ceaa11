import { AuditTrail } from '@relais/auth';
import { aReferral, anIdentification, config, fakeTx, MANAGER, mockOf, silentLogger, T0 } from '../../test/doubles';
import { Referral } from '../domain/referral';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { EscalateOverdueReferrals } from './escalate-overdue-referrals';
import { ReferralRouter } from './shared/referral-router';

const LATE = new Date(T0.getTime() + 7 * 3600_000);

describe('EscalateOverdueReferrals', () => {
  const referrals = mockOf<ReferralRepository>();
  const identifications = mockOf<IdentificationRepository>();
  const router = mockOf<ReferralRouter>();
  const audit = mockOf<AuditTrail>();
  const make = (batch = 500) => new EscalateOverdueReferrals(fakeTx(), referrals, identifications, router, audit, config({ DEADLINE_BATCH_SIZE: batch }), silentLogger);

  /** Hands out the given referrals one by one, as the SKIP LOCKED query would, honouring the skip list. */
  function overdue(...queue: Referral[]): void {
    const done = new Set<string>();
    referrals.nextOverdueForUpdate.mockImplementation(async (_now: Date, skip: string[]) => {
      const next = queue.find((r) => !done.has(r.id) && !skip.includes(r.id)) ?? null;
      if (next) done.add(next.id);
      return next;
    });
  }

  beforeEach(() => {
    jest.clearAllMocks();
    identifications.tryLock.mockResolvedValue({ kind: 'locked', state: anIdentification() });
    router.reroute.mockResolvedValue({ next: null, escalations: [] });
  });

  it('escalates every overdue referral at the given time and re-routes its need', async () => {
    overdue(aReferral({ id: 'a' }), aReferral({ id: 'b', status: 'acknowledged', version: 2 }));
    expect(await make().execute(LATE)).toEqual(['a', 'b']);
    expect(referrals.nextOverdueForUpdate).toHaveBeenCalledWith(LATE, []);
    expect(referrals.update).toHaveBeenCalledWith(expect.objectContaining({ id: 'b', status: 'escalated', escalatedAt: LATE, dueBy: null }), 2);
    expect(router.reroute).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ id: 'a', status: 'escalated' }), 'deadlineMissed', anIdentification(), LATE, 'system:referral');
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'referral.deadline-missed', resourceId: 'a' }));
  });

  it('leaves a referral whose person is locked by other work to the next sweep, and goes on with the others', async () => {
    overdue(aReferral({ id: 'busy' }), aReferral({ id: 'free' }));
    identifications.tryLock.mockResolvedValueOnce({ kind: 'busy' });
    expect(await make().execute(LATE)).toEqual(['free']);
    expect(referrals.nextOverdueForUpdate).toHaveBeenLastCalledWith(LATE, ['busy']);
    expect(referrals.update).toHaveBeenCalledTimes(1);
  });

  it('does not let one failing referral hold up the others', async () => {
    overdue(aReferral({ id: 'broken' }), aReferral({ id: 'fine' }));
    router.reroute.mockRejectedValueOnce(new Error('boom'));
    expect(await make().execute(LATE)).toEqual(['fine']);
    expect(silentLogger.error).toHaveBeenCalledWith(expect.objectContaining({ referralId: 'broken' }), expect.any(String));
  });

  it('stops at the batch size; the next sweep takes the rest', async () => {
    overdue(aReferral({ id: 'a' }), aReferral({ id: 'b' }), aReferral({ id: 'c' }));
    expect(await make(2).execute(LATE)).toEqual(['a', 'b']);
  });

  it('lets a database failure outside any referral reach the caller (the scheduler logs it)', async () => {
    referrals.nextOverdueForUpdate.mockRejectedValue(new Error('connection lost'));
    await expect(make().execute(LATE)).rejects.toThrow('connection lost');
  });
});
