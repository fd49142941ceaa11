import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { localizeValidationErrors } from '../errors/validation-errors';
import { keysetCursor } from './keyset-cursor';
import { KeysetPageQuery } from './keyset-page';

const byTimeThenId = keysetCursor('timestamp', 'uuid');
const position: [string, string] = ['2026-11-20T10:00:00.123456+00:00', '6f1c2a4e-8b3d-4f5a-9c7e-1d2b3a4c5e6f'];

describe('keysetCursor', () => {
  it('gives back the values it encoded, microseconds included', () => {
    expect(byTimeThenId.decode(byTimeThenId.encode(position))).toEqual(position);
    const byRankThenId = keysetCursor('integer', 'uuid');
    expect(byRankThenId.decode(byRankThenId.encode([3, position[1]]))).toEqual([3, position[1]]);
  });

  it('is opaque base64url, the format intake always handed out', () => {
    expect(byTimeThenId.encode(position)).toBe(Buffer.from(position.join('|')).toString('base64url'));
    expect(byTimeThenId.encode(position)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'not base64!'],
    ['not a string', 42],
    ['too long', 'A'.repeat(201)],
    ['a bad id', Buffer.from('2026-11-20|nope').toString('base64url')],
    ['a bad timestamp', Buffer.from(`yesterday|${position[1]}`).toString('base64url')],
    ['a value too few', Buffer.from(position[0]).toString('base64url')],
    ['a value too many', Buffer.from(`${position.join('|')}|1`).toString('base64url')],
    ['another list’s cursor', keysetCursor('integer', 'uuid').encode([3, position[1]])],
  ])('refuses %s', (_, bad) => {
    expect(byTimeThenId.decode(bad)).toBeUndefined();
  });
});

describe('KeysetPageQuery', () => {
  class Query extends KeysetPageQuery(byTimeThenId) {}
  const errorsOf = async (query: object, language: 'fr' | 'en') =>
    localizeValidationErrors(await validate(plainToInstance(Query, query)), language);

  it('takes a limit and a cursor of its list, or neither', async () => {
    expect(await errorsOf({}, 'en')).toEqual([]);
    expect(await errorsOf({ limit: '200', cursor: byTimeThenId.encode(position) }, 'en')).toEqual([]);
  });

  it('refuses a malformed cursor as a field error on cursor, in French and in English', async () => {
    const cursor = Buffer.from('nope|nope').toString('base64url');
    expect(await errorsOf({ cursor }, 'fr')).toEqual([
      { field: 'cursor', code: 'isCursor', message: "cursor n'est pas un curseur de pagination valide : reprenez celui de la page précédente." },
    ]);
    expect(await errorsOf({ cursor }, 'en')).toEqual([
      { field: 'cursor', code: 'isCursor', message: 'cursor is not a valid pagination cursor: use the one from the previous page.' },
    ]);
  });

  it('refuses a limit outside 1 to 200', async () => {
    expect((await errorsOf({ limit: '0' }, 'en')).map((e) => e.code)).toEqual(['min']);
    expect((await errorsOf({ limit: '201' }, 'en')).map((e) => e.code)).toEqual(['max']);
  });
});
