import { DEFAULT_PAGE_LIMIT, keysetCursor, KeysetPage } from '@relais/platform';

/** Both lists are newest first: by their timestamp, then by id. */
export const NEWEST_FIRST_CURSOR = keysetCursor('timestamp', 'uuid');

interface Position {
  at: string;
  id: string;
}

/** What the use case reads: `limit` rows after the position the cursor names. */
export function pageOf(query: { limit?: number; cursor?: string }): { limit: number; after?: Position } {
  const [at, id] = NEWEST_FIRST_CURSOR.decode(query.cursor) ?? [];
  return { limit: query.limit ?? DEFAULT_PAGE_LIMIT, ...(at && id ? { after: { at, id } } : {}) };
}

/** What the client gets: the items and, when more follow, the cursor of the next page. */
export function pageView<T>(slice: { items: T[]; next?: Position }): KeysetPage<T> {
  return { items: slice.items, ...(slice.next ? { nextCursor: NEWEST_FIRST_CURSOR.encode([slice.next.at, slice.next.id]) } : {}) };
}

/** `?urgent=true`: query strings are text, and class-transformer's Boolean() would read "false" as true. */
export function toBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}
