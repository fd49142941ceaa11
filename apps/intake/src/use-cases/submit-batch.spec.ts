import { IdempotencyConflict, RequestValidationException } from '@relais/platform';
import { ValidationError } from 'class-validator';
import { Logger } from 'pino';
import { IntakeException } from '../domain/intake-errors';
import { NewIdentification } from '../domain/new-identification';
import { BatchItemParser, SubmitBatch } from './submit-batch';
import { SubmitIdentification } from './submit-identification';

const officer = { sub: 'o-1', roles: ['police_officer' as const], unitId: 'cp-mopti', institution: 'police' as const };
const valid = (id: string) => ({
  id,
  identifiedAt: '2026-11-20T09:30:00Z',
  place: { region: 'mopti' },
  person: { givenNames: 'Moussa', familyName: 'Diarra', sex: 'male', estimatedAge: 30, nationalities: ['ML'] },
  exploitation: { forms: ['ForcedLabour'] },
  indicators: [],
  assessment: 'PossibleVictimOfTrafficking',
  needs: [],
  consent: { referral: true, dataSharing: false, givenBy: 'victim', recordedAt: '2026-11-20T09:45:00Z' },
});
// The API's rules are the parser's business (tested with it); here every item reads as sent.
const asSent: BatchItemParser = async (item) => item as NewIdentification;
const ids = ['0193b1e4-6f2a-7c3d-8e4f-000000000001', '0193b1e4-6f2a-7c3d-8e4f-000000000002', '0193b1e4-6f2a-7c3d-8e4f-000000000003'];

function setup(outcomes: (() => Promise<unknown>)[]) {
  let call = 0;
  const submit = { execute: jest.fn(() => outcomes[call++]()) } as unknown as SubmitIdentification & { execute: jest.Mock };
  const logger = { error: jest.fn() } as unknown as Logger & { error: jest.Mock };
  return { submit, logger, useCase: new SubmitBatch(submit, logger) };
}

describe('SubmitBatch', () => {
  it('answers each item on its own, in order, whatever happens to the others', async () => {
    const s = setup([
      async () => ({ status: 201, body: { id: ids[0], victimRef: 'V-0000000001', status: 'recorded' }, replayed: false }),
      async () => { throw new IdempotencyConflict(ids[1]); },
      async () => { throw new Error('connection reset'); },
    ]);
    const results = await s.useCase.execute(officer, [valid(ids[0]), valid(ids[1]), { ...valid(ids[2]), id: undefined }, valid(ids[2])], asSent);
    expect(results.map((r) => [r.index, r.status, r.code])).toEqual([
      [0, 201, undefined], [1, 409, 'IDEMPOTENCY_KEY_REUSED'], [2, 400, 'VALIDATION_FAILED'], [3, 500, 'INTERNAL_ERROR'],
    ]);
    expect(results[2].errors).toEqual([expect.objectContaining({ field: 'id', code: 'idRequired' })]);
    expect(s.logger.error).toHaveBeenCalledTimes(1);
  });

  it('answers an item the parser refuses with its fields, without recording it', async () => {
    const s = setup([]);
    const extra = Object.assign(new ValidationError(), { property: 'extra', constraints: { whitelistValidation: 'property extra should not exist' }, children: [] });
    const refuse: BatchItemParser = async () => { throw new RequestValidationException([extra]); };
    const [result] = await s.useCase.execute(officer, [valid(ids[0])], refuse);
    expect(result).toEqual(expect.objectContaining({ index: 0, status: 400, code: 'VALIDATION_FAILED' }));
    expect(result.errors?.map((e) => [e.field, e.code])).toEqual([['extra', 'whitelistValidation']]);
    expect(s.submit.execute).not.toHaveBeenCalled();
  });

  it('maps rule violations and business refusals of one item', async () => {
    const s = setup([
      async () => { throw new RequestValidationException([]); },
      async () => { throw new IntakeException('REPORTING_UNIT_REQUIRED' as never); },
    ]);
    const results = await s.useCase.execute(officer, [valid(ids[0]), valid(ids[1])], asSent);
    expect(results.map((r) => r.status)).toEqual([400, 403]);
  });

  it('refuses the whole batch for an account without a reporting unit', async () => {
    await expect(setup([]).useCase.execute({ ...officer, unitId: undefined }, [valid(ids[0])], asSent)).rejects.toBeInstanceOf(IntakeException);
  });
});
