import { config, mockOf, silentLogger } from '../../test/doubles';
import { EscalateOverdueReferrals } from '../use-cases/escalate-overdue-referrals';
import { DeadlineScheduler } from './deadline-scheduler';

describe('DeadlineScheduler', () => {
  const escalate = mockOf<EscalateOverdueReferrals>();

  beforeEach(() => {
    jest.useFakeTimers();
    jest.clearAllMocks();
    escalate.execute.mockResolvedValue([]);
  });
  afterEach(() => jest.useRealTimers());

  it('sweeps at once, then every interval, and stops on shutdown', async () => {
    const scheduler = new DeadlineScheduler(escalate, config({ DEADLINE_CHECK_INTERVAL_MS: 1000 }), silentLogger);
    scheduler.onApplicationBootstrap();
    scheduler.onApplicationBootstrap(); // Nest calls it again for the event transport: one loop only.
    await jest.advanceTimersByTimeAsync(0);
    expect(escalate.execute).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(3000);
    expect(escalate.execute).toHaveBeenCalledTimes(4);
    await scheduler.beforeApplicationShutdown();
    await jest.advanceTimersByTimeAsync(5000);
    expect(escalate.execute).toHaveBeenCalledTimes(4);
  });

  it('keeps sweeping after a failed sweep, and logs it', async () => {
    escalate.execute.mockRejectedValueOnce(new Error('database restarting'));
    const scheduler = new DeadlineScheduler(escalate, config({ DEADLINE_CHECK_INTERVAL_MS: 1000 }), silentLogger);
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(1000);
    expect(silentLogger.error).toHaveBeenCalled();
    expect(escalate.execute).toHaveBeenCalledTimes(2);
    await scheduler.beforeApplicationShutdown();
  });

  it('does nothing where it is switched off', async () => {
    const scheduler = new DeadlineScheduler(escalate, config({ DEADLINE_SCHEDULER_ENABLED: false }), silentLogger);
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(escalate.execute).not.toHaveBeenCalled();
  });
});
