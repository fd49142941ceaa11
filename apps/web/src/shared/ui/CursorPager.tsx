import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

/**
 * Where a list paged by cursor stands: the cursors of the pages seen so far, the first page's
 * being none. The service only gives the way forward (`nextCursor`), so Previous goes back one by
 * keeping the way here.
 */
export interface CursorPages {
  /** The cursor to ask the current page with; undefined for the first. */
  cursor: string | undefined;
  /** 1 for the first page. */
  page: number;
  previous(): void;
  next(cursor: string): void;
  /** Back to the first page, when the filters change what the list holds. */
  reset(): void;
}

export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors[cursors.length - 1],
    page: cursors.length,
    previous: () => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)),
    next: (cursor) => setCursors((seen) => [...seen, cursor]),
    reset: () => setCursors((seen) => (seen.length > 1 ? [undefined] : seen)),
  };
}

export interface CursorPagerLabels {
  previous: string;
  next: string;
  /** The current page's name, e.g. "Page 2". */
  page: string;
}

/**
 * Previous, the page number and Next under a list; nothing when everything fits on one page. The
 * labels come from the list's own catalogue: French agrees them with what is listed.
 */
export function CursorPager({ pages, nextCursor, labels }: { pages: CursorPages; nextCursor: string | undefined; labels: CursorPagerLabels }) {
  if (pages.page === 1 && !nextCursor) return null;
  return (
    <Group>
      <Button variant="default" disabled={pages.page === 1} onClick={pages.previous}>{labels.previous}</Button>
      <Text size="sm">{labels.page}</Text>
      <Button variant="default" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>{labels.next}</Button>
    </Group>
  );
}
