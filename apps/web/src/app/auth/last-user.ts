import type { AppUser } from './claims';

/**
 * The last signed-in person's public profile (sub, roles, unit… never a token), so that with no
 * network at start the shell can still open their own local area (the outbox) marked offline.
 * Cleared at sign-out. Plain IndexedDB: one record does not need a library in the first load.
 */
const DB = 'relais-shell';
const STORE = 'profile';
const KEY = 'last-user';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export function saveLastUser(user: AppUser): Promise<unknown> {
  const { sub, roles, unitId, region, agencyId, jurisdiction, institution } = user;
  return run('readwrite', (s) => s.put({ sub, roles, unitId, region, agencyId, jurisdiction, institution }, KEY));
}

export function readLastUser(): Promise<AppUser | undefined> {
  return run<AppUser | undefined>('readonly', (s) => s.get(KEY)).catch(() => undefined);
}

export function clearLastUser(): Promise<unknown> {
  return run('readwrite', (s) => s.delete(KEY)).catch(() => undefined);
}
