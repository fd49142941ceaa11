/**
 * How the lists page: newest first by id alone. A delivery's id is a UUIDv7 this service makes
 * when it creates the row, so it is its creation time (to the millisecond, then a counter) and
 * unique: a total order with no tie to break, which the (…, id DESC) indexes serve as it is.
 */
export interface Page {
  limit: number;
  /** The last id of the previous page. */
  after?: string;
}

/** A page and, when more rows follow, the id the next one starts after. */
export interface Slice<T> {
  items: T[];
  next?: string;
}

/**
 * Reads one row more than the page holds: if it comes back, another page follows, and it starts
 * after the page's last row.
 */
export function sliceOf<R extends { id: string }>(rows: R[], page: Page): Slice<R> {
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items, ...(rows.length > page.limit && last ? { next: last.id } : {}) };
}
