import { UserStore } from './user-store';

/** One open store per signed-in user, shared by the screens and the sync loop. */
const stores = new Map<string, Promise<UserStore>>();

export function userStore(sub: string): Promise<UserStore> {
  let store = stores.get(sub);
  if (!store) {
    store = UserStore.open(sub);
    store.catch(() => stores.delete(sub));
    stores.set(sub, store);
  }
  return store;
}

export async function closeUserStore(sub: string): Promise<void> {
  const store = stores.get(sub);
  stores.delete(sub);
  if (store) (await store.catch(() => undefined))?.close();
}

/** Items the server has not recorded yet: sign-out warns before wiping them. */
export async function pendingCount(sub: string): Promise<number> {
  const items = await (await userStore(sub)).list();
  return items.filter((i) => i.receipt.state !== 'recorded').length;
}
