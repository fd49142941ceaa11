import { jsonDepthExceeds } from './json-depth';

function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('jsonDepthExceeds', () => {
  it('lets scalars and bodies up to the limit through', () => {
    expect(jsonDepthExceeds('text')).toBe(false);
    expect(jsonDepthExceeds(null)).toBe(false);
    expect(jsonDepthExceeds(nested(32))).toBe(false);
    expect(jsonDepthExceeds({ a: [1, 2, { b: 'c' }], d: { e: null } }, 3)).toBe(false);
  });

  it('catches a body one level too deep, in objects or arrays', () => {
    expect(jsonDepthExceeds(nested(33))).toBe(true);
    expect(jsonDepthExceeds({ ok: 1, deep: [[[[1]]]] }, 4)).toBe(true);
  });

  it('walks 50,000 levels without overflowing the stack', () => {
    expect(jsonDepthExceeds(nested(50_000))).toBe(true);
  });
});
