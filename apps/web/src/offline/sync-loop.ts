import { retryDelay } from './receipt';
import { OutboxPort, SendBatch, syncOnce } from './sync';

/** Nudges the loop at once (a new item was queued, or the officer pressed "send now"). */
const nudges = new EventTarget();
export function nudgeSync(): void {
  nudges.dispatchEvent(new Event('nudge'));
}

/**
 * Sends the outbox when the network returns (`online`), when nudged, and otherwise when the next
 * item is due, backing off while sends fail. One tab at a time sends (Web Locks); a second tab
 * sending too would only get replays, but there is no need to spend the bandwidth.
 */
export function startSyncLoop(store: Promise<OutboxPort>, send: SendBatch): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let failures = 0;

  const schedule = (at: number | undefined) => {
    clearTimeout(timer);
    if (stopped || at === undefined) return;
    timer = setTimeout(run, Math.max(0, at - Date.now()));
  };

  async function pass(): Promise<void> {
    const report = await syncOnce(await store, send);
    failures = report.failed ? failures + 1 : 0;
    const backoff = report.failed ? Date.now() + retryDelay(failures) : undefined;
    schedule(report.nextDueAt === undefined ? backoff : Math.max(report.nextDueAt, backoff ?? 0));
  }

  async function run(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (typeof navigator !== 'undefined' && navigator.onLine === false) break;
        const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
        if (locks) await locks.request('relais-outbox-sync', pass);
        else await pass();
      } while (again && !stopped);
    } catch (error) {
      console.error('outbox sync failed', error);
      schedule(Date.now() + retryDelay(++failures));
    } finally {
      running = false;
    }
  }

  const onOnline = () => {
    failures = 0;
    void run();
  };
  const onNudge = () => void run();
  window.addEventListener('online', onOnline);
  nudges.addEventListener('nudge', onNudge);
  void run();
  return () => {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener('online', onOnline);
    nudges.removeEventListener('nudge', onNudge);
  };
}
