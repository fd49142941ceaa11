import { RequestValidationException } from '@relais/platform';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateIdentificationBody } from './create-identification.body';

/**
 * One batch item, checked with the rules and options the global pipe applies to a single
 * submission's body. The batch's own body leaves its items unchecked so that a bad item fails
 * alone instead of refusing the whole batch.
 */
export async function parseIdentification(item: object): Promise<CreateIdentificationBody> {
  const body = plainToInstance(CreateIdentificationBody, item);
  const errors = await validate(body, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: true, value: false } });
  if (errors.length) throw new RequestValidationException(errors);
  return body;
}
