import { present, share } from './present';
import { StatTable } from './stat-table';

/** Victims by sex: female 3, male 40, unknown 0, with 1 and 30 of them accepted. */
function bySex(): StatTable {
  const table = new StatTable(['sex'], ['count', 'accepted']);
  table.add(['female'], { count: 3, accepted: 1 });
  table.add(['male'], { count: 40, accepted: 30 });
  return table;
}

describe('present', () => {
  const derived = [{ name: 'shareAccepted', compute: share('accepted', 'count') }];

  it('gives exact counts and ratios, without zero rows, to the roles that see them', () => {
    expect(present(bySex(), { countFields: ['count', 'accepted'], derived, exact: true, threshold: 5 })).toEqual({
      columns: ['sex', 'count', 'accepted', 'shareAccepted'],
      rows: [
        { sex: 'female', count: 3, accepted: 1, shareAccepted: 0.333 },
        { sex: 'male', count: 40, accepted: 30, shareAccepted: 0.75 },
      ],
      disclosure: { exact: true, threshold: 5, hiddenAll: false },
    });
  });

  it('labels small counts, lists the zero hidden as their complement, and hides ratios of hidden terms', () => {
    const { rows, disclosure } = present(bySex(), { countFields: ['count', 'accepted'], derived, exact: false, threshold: 5 });
    expect(disclosure).toEqual({ exact: false, threshold: 5, hiddenAll: false });
    // The zero of `unknown` is the cheapest complement of the female 3 (and of the accepted 1): shown `<5`, which is true.
    expect(rows).toEqual([
      { sex: 'female', count: '<5', accepted: '<5', shareAccepted: 'x' },
      { sex: 'male', count: 40, accepted: 30, shareAccepted: 0.75 },
      { sex: 'unknown', count: '<5', accepted: '<5', shareAccepted: null },
    ]);
  });

  it('lists every cell of the grid for a questionnaire layout', () => {
    const { rows } = present(bySex(), { countFields: ['count'], exact: true, threshold: 5, allCells: true });
    expect(rows.map((r) => r.sex)).toEqual(['female', 'male', 'unknown']);
    expect(rows[2]).toEqual({ sex: 'unknown', count: 0 });
  });
});
