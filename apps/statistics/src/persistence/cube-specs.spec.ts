import { ACCEPTANCE_CUBE, chooseCuboid, CUBES, REFERRALS_CUBE, VICTIMS_CUBE } from './cube-specs';

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
  });

  it('never sum a multi-valued dimension away, which would count a person once per form', () => {
    expect(VICTIMS_CUBE.cuboids[chooseCuboid(VICTIMS_CUBE, ['sex', 'ageGroup'])!]).not.toContain('form');
    expect(VICTIMS_CUBE.cuboids[chooseCuboid(VICTIMS_CUBE, ['sex', 'ageGroup'])!]).not.toContain('nationality');
    expect(chooseCuboid(VICTIMS_CUBE, ['institution'])).toBe(1);
  });

  it('fall back to the facts for a combination no cuboid holds', () => {
    expect(chooseCuboid(VICTIMS_CUBE, ['institution', 'ageGroup'])).toBeUndefined();
    expect(chooseCuboid(REFERRALS_CUBE, ['agencyType', 'region'])).toBeUndefined();
  });
});
