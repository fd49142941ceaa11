import { DEFAULT_PAGE_LIMIT, keysetCursor } from '@relais/platform';
import { NEWEST_FIRST_CURSOR, pageOf, pageView } from './paging';

const id = '0193a5b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b';

describe('notifications paging', () => {
  it('hands out a cursor the next request turns back into the last id', () => {
    const page = pageView({ items: [1], unreadCount: 3, next: id });
    expect(page).toEqual({ items: [1], unreadCount: 3, nextCursor: expect.stringMatching(/^[A-Za-z0-9_-]+$/) });
    expect(pageOf({ limit: 10, cursor: page.nextCursor })).toEqual({ limit: 10, after: id });
  });

  it('starts at the top with the default limit, and ends without a cursor', () => {
    expect(pageOf({})).toEqual({ limit: DEFAULT_PAGE_LIMIT });
    expect(pageView({ items: [] })).toEqual({ items: [] });
  });

  it('does not read a raw id (the old `before`) or another list’s cursor as its own', () => {
    expect(NEWEST_FIRST_CURSOR.decode(id)).toBeUndefined();
    expect(NEWEST_FIRST_CURSOR.decode(keysetCursor('timestamp', 'uuid').encode(['2026-11-20T10:00:00.000000Z', id]))).toBeUndefined();
  });
});
