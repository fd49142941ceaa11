import { describeErrorTable } from '@relais/test-infra';
import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { IdempotencyConflict, IdempotencyErrors } from './idempotency.store';

describeErrorTable('platform', {
  errors: IdempotencyErrors,
  codes: ['IDEMPOTENCY_KEY_REUSED'],
  expected: { IDEMPOTENCY_KEY_REUSED: 409 },
  catalogues: { fr, en },
});

describe('IdempotencyConflict', () => {
  it('is the declared refusal, naming the key reused', () => {
    expect(new IdempotencyConflict('k-1')).toMatchObject({ name: 'IdempotencyConflict', code: 'IDEMPOTENCY_KEY_REUSED', httpStatus: 409, params: { key: 'k-1' } });
  });
});
