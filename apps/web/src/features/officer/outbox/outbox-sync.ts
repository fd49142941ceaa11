import type { BackgroundSession } from '../../../app/background/types';
import { userStore } from '../../../offline/session';
import { type SendBatch, TransportError } from '../../../offline/sync';
import { startSyncLoop } from '../../../offline/sync-loop';
import { ApiError } from '../../../shared/api/http';
import { sendBatch } from '../api/intake';

/**
 * The user's outbox sync, started by the app for the whole session (src/app/background), not by
 * a screen: an identification queued offline is sent when the network returns even if the
 * officer has moved on to another screen. Returns what stops it.
 */
export function start({ sub, accessToken }: BackgroundSession): () => void {
  const send: SendBatch = async (bodies) => {
    if (!navigator.onLine) throw new TransportError('offline');
    const bearer = await accessToken().catch(() => {
      throw new TransportError(navigator.onLine ? 'unauthorized' : 'offline');
    });
    try {
      return await sendBatch(bearer, bodies);
    } catch (error) {
      if (error instanceof ApiError) throw new TransportError(error.status === 401 ? 'unauthorized' : 'server');
      throw new TransportError('offline');
    }
  };
  return startSyncLoop(userStore(sub), send);
}
