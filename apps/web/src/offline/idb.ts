/**
 * The little of IndexedDB the outbox needs, as promises. (Dexie did this at 33 KB gzipped, an
 * eighth of the officer's whole budget for a phone on a slow link.) Values are sealed before a
 * transaction opens: awaiting anything but IndexedDB inside one would let it commit early.
 */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function openDatabase(name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade(req.result);
    req.onsuccess = () => {
      const db = req.result;
      // Another tab deleting this user's data (sign-out) must not wait for us.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('database blocked by another tab'));
  });
}

/** Runs `work` in one transaction and resolves once it has committed. */
export function transact<T>(db: IDBDatabase, stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    tx.onerror = () => reject(tx.error);
  });
  return work(tx).then(
    async (result) => {
      await done;
      return result;
    },
    (error: unknown) => {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      throw error;
    },
  );
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    // Open connections in other tabs close on `versionchange` (see openDatabase); deletion then proceeds.
    req.onblocked = () => undefined;
  });
}
