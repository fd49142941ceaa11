import { localizeValidationErrors, RequestValidationException } from '@relais/platform';
import { adultBody } from '../../../test/support/bodies';
import { CreateIdentificationBody } from './create-identification.body';
import { parseIdentification } from './parse-identification';

const valid = adultBody() as { id: string; assessment: string; person: Record<string, unknown> };

async function refusal(item: object): Promise<RequestValidationException> {
  try {
    await parseIdentification(item);
  } catch (error) {
    if (error instanceof RequestValidationException) return error;
    throw error;
  }
  throw new Error('the item was accepted');
}

describe('parseIdentification', () => {
  it('reads a valid item as the body of a single submission', async () => {
    const body = await parseIdentification(valid);
    expect(body).toBeInstanceOf(CreateIdentificationBody);
    expect(body).toEqual(expect.objectContaining({ id: valid.id, assessment: valid.assessment }));
  });

  it('refuses a bad item field by field, unknown fields included, as the single submission does', async () => {
    const error = await refusal({ ...valid, person: { ...valid.person, sex: 'x' }, extra: 1 });
    expect(localizeValidationErrors(error.validationErrors, 'en').map((e) => e.field).sort()).toEqual(['extra', 'person.sex']);
  });
});
