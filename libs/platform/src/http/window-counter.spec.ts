import { WindowCounter } from './window-counter';

describe('WindowCounter', () => {
  it('allows the limit per window and key, then says when to come back', () => {
    let now = 1_000_000;
    const counter = new WindowCounter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) expect(counter.hit('a')).toEqual({ allowed: true });
    now += 15_000;
    expect(counter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(counter.hit('b')).toEqual({ allowed: true });
    now += 45_000;
    expect(counter.hit('a')).toEqual({ allowed: true });
  });

  it('forgets addresses whose window is over, so memory follows current traffic', () => {
    let now = 0;
    const counter = new WindowCounter(1, 1_000, () => now);
    for (let i = 0; i < 100; i++) counter.hit(`10.0.0.${i}`);
    now += 1_000;
    counter.hit('10.0.1.1');
    expect(counter.size).toBe(1);
  });
});
