import { DEFAULT_PAGE_LIMIT, keysetCursor, KeysetPage } from '@relais/platform';

/** Both lists are newest first by id alone (see persistence/page.ts): the cursor holds the last id. */
export const NEWEST_FIRST_CURSOR = keysetCursor('uuid');

/** What the use case reads: `limit` rows after the id the cursor names. */
export function pageOf(query: { limit?: number; cursor?: string }): { limit: number; after?: string } {
  const [after] = NEWEST_FIRST_CURSOR.decode(query.cursor) ?? [];
  return { limit: query.limit ?? DEFAULT_PAGE_LIMIT, ...(after ? { after } : {}) };
}

/** What the client gets: the slice's other fields, and the cursor of the next page when more follow. */
export function pageView<S extends { items: unknown[]; next?: string }>(slice: S): Omit<S, 'next'> & Pick<KeysetPage<unknown>, 'nextCursor'> {
  const { next, ...page } = slice;
  return { ...page, ...(next ? { nextCursor: NEWEST_FIRST_CURSOR.encode([next]) } : {}) };
}
