import { RequestValidationException } from '@relais/platform';
import { clientId } from './client-id';

const id = '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f';

describe('clientId', () => {
  it('takes the id from the body or the header, and both when they agree', () => {
    expect(clientId(id, undefined)).toBe(id);
    expect(clientId(undefined, id)).toBe(id);
    expect(clientId(id, id.toUpperCase())).toBe(id);
  });

  it.each([
    [undefined, undefined, 'idRequired'],
    [id, '0193b1e4-6f2a-7c3d-8e4f-000000000000', 'idempotencyKeyMismatch'],
    [undefined, 'retry-42', 'isUuid'],
  ])('refuses body %s with header %s (%s)', (body, header, code) => {
    let error: unknown;
    try {
      clientId(body, header);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequestValidationException);
    expect((error as RequestValidationException).validationErrors[0]).toMatchObject({ property: 'id', constraints: { [code]: code } });
  });
});
