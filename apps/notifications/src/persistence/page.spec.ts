import { sliceOf } from './page';

describe('sliceOf', () => {
  const rows = ['c', 'b', 'a'].map((id) => ({ id }));

  it('keeps the page and names its last id when the extra row came back', () => {
    expect(sliceOf(rows, { limit: 2 })).toEqual({ items: [{ id: 'c' }, { id: 'b' }], next: 'b' });
  });

  it('names no next page when the rows fit in it', () => {
    expect(sliceOf(rows, { limit: 3 })).toEqual({ items: rows });
    expect(sliceOf([], { limit: 3 })).toEqual({ items: [] });
  });
});
