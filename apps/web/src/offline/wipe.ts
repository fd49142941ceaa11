import { closeUserStore } from './session';
import { deleteUserDatabase } from './user-store';

/**
 * Called at sign-out: closes the user's store and deletes their database, key included. Items not
 * yet recorded by the server are lost with it — the sign-out screen warns before (see
 * `pendingCount`), since on a shared phone the next person must not find them.
 */
export async function wipeUserData(sub: string): Promise<void> {
  await closeUserStore(sub);
  await deleteUserDatabase(sub);
}
