import { useEffect, useState } from 'react';
import { useAuth } from '../../../app/auth/use-auth';
import { userStore } from '../../../offline/session';
import { nudgeSync, startSyncLoop } from '../../../offline/sync-loop';
import { type SendBatch, TransportError } from '../../../offline/sync';
import type { OutboxItem, UserStore } from '../../../offline/user-store';
import { ApiError } from '../../../shared/api/http';
import { sendBatch } from '../api/intake';

/** One sync loop per signed-in user, however many screens use the outbox; stopped when the last one goes. */
const loops = new Map<string, { refs: number; stop: () => void; token: { current: () => Promise<string> } }>();

function acquireLoop(sub: string, accessToken: () => Promise<string>): () => void {
  let loop = loops.get(sub);
  if (!loop) {
    const token = { current: accessToken };
    const send: SendBatch = async (bodies) => {
      if (!navigator.onLine) throw new TransportError('offline');
      const bearer = await token.current().catch(() => {
        throw new TransportError(navigator.onLine ? 'unauthorized' : 'offline');
      });
      try {
        return await sendBatch(bearer, bodies);
      } catch (error) {
        if (error instanceof ApiError) throw new TransportError(error.status === 401 ? 'unauthorized' : 'server');
        throw new TransportError('offline');
      }
    };
    loop = { refs: 0, token, stop: startSyncLoop(userStore(sub), send) };
    loops.set(sub, loop);
  }
  loop.token.current = accessToken;
  loop.refs += 1;
  const held = loop;
  return () => {
    held.refs -= 1;
    if (held.refs === 0) {
      held.stop();
      loops.delete(sub);
    }
  };
}

export interface OutboxView {
  store: UserStore | null;
  items: OutboxItem<Record<string, unknown>>[] | null;
}

/** The signed-in user's outbox, live, and the sync that sends it (running while any officer screen is open). */
export function useOutbox(): OutboxView {
  const { user, accessToken, status } = useAuth();
  const sub = user?.sub;
  const [store, setStore] = useState<UserStore | null>(null);
  const [items, setItems] = useState<OutboxItem<Record<string, unknown>>[] | null>(null);

  useEffect(() => {
    if (!sub) return undefined;
    let unwatch: (() => void) | undefined;
    let cancelled = false;
    const release = acquireLoop(sub, accessToken);
    void userStore(sub).then((s) => {
      if (cancelled) return;
      setStore(s);
      unwatch = s.watch<Record<string, unknown>>(setItems);
    });
    return () => {
      cancelled = true;
      unwatch?.();
      release();
    };
  }, [sub, accessToken]);

  // Signed in again after an offline start: the outbox need not wait for its next retry.
  useEffect(() => {
    if (status === 'signedIn') nudgeSync();
  }, [status]);

  return { store, items };
}
