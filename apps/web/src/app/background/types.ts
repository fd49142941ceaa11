import type { Role } from '../auth/roles';

/** What a background task gets: whose session it works for, and a valid token on demand. */
export interface BackgroundSession {
  sub: string;
  accessToken(): Promise<string>;
}

/**
 * Work an area keeps running while someone with its roles is signed in, whatever screen is shown
 * (the officer's outbox sends itself when the network returns). Declared in
 * src/features/<area>/background.ts; its code is downloaded only for those roles.
 */
export interface BackgroundTask {
  name: string;
  roles: readonly Role[];
  /** Starts the task for one session; returns what stops it (sign-out, another user). */
  load: () => Promise<{ start(session: BackgroundSession): () => void }>;
}
