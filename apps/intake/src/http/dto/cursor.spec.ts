import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips a position', () => {
    const position = { identifiedAt: '2026-11-20T09:30:00.000Z', id: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('refuses anything it did not make', () => {
    for (const bad of ['', 'x', 'not base64!', Buffer.from('2026-11-20|nope').toString('base64url'), 42]) expect(decodeCursor(bad)).toBeUndefined();
  });
});
