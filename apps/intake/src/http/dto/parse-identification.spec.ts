import { localizeValidationErrors, RequestValidationException } from '@relais/platform';
import { CreateIdentificationBody } from './create-identification.body';
import { parseIdentification } from './parse-identification';

const valid = {
  id: '0193b1e4-6f2a-7c3d-8e4f-000000000001',
  identifiedAt: '2026-11-20T09:30:00Z',
  place: { region: 'mopti' },
  person: { givenNames: 'Moussa', familyName: 'Diarra', sex: 'male', estimatedAge: 30, nationalities: ['ML'] },
  exploitation: { forms: ['ForcedLabour'] },
  indicators: [],
  assessment: 'PossibleVictimOfTrafficking',
  needs: [],
  consent: { referral: true, dataSharing: false, givenBy: 'victim', recordedAt: '2026-11-20T09:45:00Z' },
};

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
