import { ACCEPTANCE_CUBE, chooseCuboid, CUBES, JUDGMENTS_CUBE, PERSONS_CUBE, REFERRALS_CUBE, VICTIMS_CUBE } from './cube-specs';

describe('cube specifications', () => {
  it('only precompute dimensions they can read from the facts', () => {
    for (const cube of CUBES) {
      for (const cuboid of cube.cuboids) for (const d of cuboid) expect(cube.dimensions[d]).toBeDefined();
    }
  });

  it('answer a query from the smallest cuboid that holds its dimensions', () => {
    expect(VICTIMS_CUBE.cuboids[chooseCuboid(VICTIMS_CUBE, [])!]).toEqual(['region', 'institution', 'assessment', 'sex', 'minor']);
    expect(VICTIMS_CUBE.cuboids[chooseCuboid(VICTIMS_CUBE, ['region', 'sex'])!]).toEqual(['region', 'institution', 'assessment', 'sex', 'minor']);
    expect(VICTIMS_CUBE.cuboids[chooseCuboid(VICTIMS_CUBE, ['region', 'ageGroup'])!]).toEqual(['region', 'sex', 'ageGroup', 'minor', 'trafficking']);
    expect(VICTIMS_CUBE.cuboids[chooseCuboid(VICTIMS_CUBE, ['form', 'sex', 'ageGroup'])!]).toEqual(['form', 'sex', 'ageGroup', 'minor']);
    expect(chooseCuboid(ACCEPTANCE_CUBE, ['need', 'hours'])).toBe(0);
    expect(ACCEPTANCE_CUBE.cuboids[chooseCuboid(ACCEPTANCE_CUBE, ['sex', 'minor', 'hours'])!]).toEqual(['sex', 'minor', 'hours']);
    expect(ACCEPTANCE_CUBE.cuboids[chooseCuboid(ACCEPTANCE_CUBE, ['region', 'sex', 'minor', 'hours'])!]).toEqual(['region', 'sex', 'minor', 'hours']);
    expect(JUDGMENTS_CUBE.cuboids[chooseCuboid(JUDGMENTS_CUBE, ['region', 'days'])!]).toEqual(['region', 'sex', 'minor', 'days']);
    expect(VICTIMS_CUBE.cuboids[chooseCuboid(VICTIMS_CUBE, ['sex', 'minor', 'glotipForm'])!]).toEqual(['glotipForm', 'sex', 'minor']);
    expect(PERSONS_CUBE.cuboids[chooseCuboid(PERSONS_CUBE, ['sex', 'nationality', 'trafficking'])!]).toEqual(['sex', 'nationality', 'trafficking']);
  });

  it('keep existing cuboid numbers when one is added (stored rows are tagged with them)', () => {
    expect(ACCEPTANCE_CUBE.cuboids.slice(0, 6)).toEqual([['need', 'hours'], ['region', 'hours'], ['sex', 'minor', 'hours'], ['agencyType', 'hours'], ['urgent', 'need', 'hours'], ['need', 'status', 'hours']]);
  });

  it('never sum a multi-valued dimension away, which would count a person once per form', () => {
    expect(VICTIMS_CUBE.cuboids[chooseCuboid(VICTIMS_CUBE, ['sex', 'ageGroup'])!]).not.toContain('form');
    expect(VICTIMS_CUBE.cuboids[chooseCuboid(VICTIMS_CUBE, ['sex', 'ageGroup'])!]).not.toContain('nationality');
    expect(chooseCuboid(VICTIMS_CUBE, ['institution'])).toBe(1);
    expect(VICTIMS_CUBE.cuboids[chooseCuboid(VICTIMS_CUBE, ['sex', 'minor'])!]).not.toContain('glotipForm');
    expect(PERSONS_CUBE.cuboids[chooseCuboid(PERSONS_CUBE, [])!]).toEqual(['sex', 'nationality']);
    expect(PERSONS_CUBE.cuboids[chooseCuboid(PERSONS_CUBE, ['iccs'])!]).toEqual(['sex', 'nationality', 'iccs']);
  });

  it('fall back to the facts for a combination no cuboid holds', () => {
    expect(chooseCuboid(VICTIMS_CUBE, ['institution', 'ageGroup'])).toBeUndefined();
    expect(chooseCuboid(REFERRALS_CUBE, ['agencyType', 'region'])).toBeUndefined();
  });
});
