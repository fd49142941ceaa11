import { defineErrors, ErrorStatus } from './define-errors';
import { DomainException } from './domain-exception';

enum ShopErrorCode {
  ItemNotFound = 'ITEM_NOT_FOUND',
  OutOfStock = 'OUT_OF_STOCK',
}

const ShopErrors = defineErrors<ShopErrorCode>('shop', { [ShopErrorCode.ItemNotFound]: 404, [ShopErrorCode.OutOfStock]: 409 });
class ShopException extends ShopErrors.Exception {}

describe('defineErrors', () => {
  it('gives each declared code its status, through the table and through the exception', () => {
    expect(ShopErrors.service).toBe('shop');
    expect(ShopErrors.codes).toEqual(['ITEM_NOT_FOUND', 'OUT_OF_STOCK']);
    expect(ShopErrors.statusOf(ShopErrorCode.OutOfStock)).toBe(409);
    expect(new ShopException(ShopErrorCode.ItemNotFound).httpStatus).toBe(404);
  });

  it('builds a named domain exception that carries its code as message and its params', () => {
    const error = new ShopException(ShopErrorCode.OutOfStock, { itemId: 'i-1', version: 3 });
    expect(error).toBeInstanceOf(DomainException);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ShopException', code: 'OUT_OF_STOCK', message: 'OUT_OF_STOCK', params: { itemId: 'i-1', version: 3 }, httpStatus: 409 });
    expect(new ShopException(ShopErrorCode.ItemNotFound).params).toEqual({});
  });

  it('keeps the table as data that cannot be changed after start-up', () => {
    expect(Object.isFrozen(ShopErrors.statuses)).toBe(true);
    expect(ShopErrors.statuses).toEqual({ ITEM_NOT_FOUND: 404, OUT_OF_STOCK: 409 });
  });

  it('refuses a code it does not declare where it is thrown, not in the HTTP filter', () => {
    expect(() => new ShopException('NOT_DECLARED' as ShopErrorCode)).toThrow('shop has no status for NOT_DECLARED');
    expect(() => ShopErrors.statusOf('NOT_DECLARED' as ShopErrorCode)).toThrow('shop has no status for NOT_DECLARED');
  });

  it.each([
    ['a success status', { OK: 200 }, 'OK has status 200'],
    ['a server failure', { BROKEN: 500 }, 'BROKEN has status 500'],
    ['a code that is not UPPER_SNAKE_CASE', { notFound: 404 }, 'notFound is not in UPPER_SNAKE_CASE'],
    ['no code at all', {}, 'no code is declared'],
  ])('refuses a table with %s', (_what, table, problem) => {
    expect(() => defineErrors('shop', table as Record<string, ErrorStatus>)).toThrow(`shop errors are invalid: ${problem}`);
  });

  it('lists every problem of a table at once', () => {
    expect(() => defineErrors('shop', { bad: 404, WORSE: 302 } as unknown as Record<string, ErrorStatus>)).toThrow(
      'shop errors are invalid: bad is not in UPPER_SNAKE_CASE; WORSE has status 302, not a refusal\'s',
    );
  });
});
