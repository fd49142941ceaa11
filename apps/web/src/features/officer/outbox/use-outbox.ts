import { useEffect, useState } from 'react';
import { useAuth } from '../../../app/auth/use-auth';
import { userStore } from '../../../offline/session';
import type { OutboxItem, UserStore } from '../../../offline/user-store';

export interface OutboxView {
  store: UserStore | null;
  items: OutboxItem<Record<string, unknown>>[] | null;
}

/**
 * The signed-in user's outbox, live. Sending it is not a screen's business: the app runs the
 * sync for the whole session (./outbox-sync.ts, declared in ../background.ts).
 */
export function useOutbox(): OutboxView {
  const { user } = useAuth();
  const sub = user?.sub;
  const [store, setStore] = useState<UserStore | null>(null);
  const [items, setItems] = useState<OutboxItem<Record<string, unknown>>[] | null>(null);

  useEffect(() => {
    if (!sub) return undefined;
    let unwatch: (() => void) | undefined;
    let cancelled = false;
    void userStore(sub).then((s) => {
      if (cancelled) return;
      setStore(s);
      unwatch = s.watch<Record<string, unknown>>(setItems);
    });
    return () => {
      cancelled = true;
      unwatch?.();
    };
  }, [sub]);

  return { store, items };
}
