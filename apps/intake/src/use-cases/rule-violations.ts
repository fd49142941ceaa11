import { RequestValidationException } from '@relais/platform';
import { ValidationError } from 'class-validator';
import { RuleViolation } from '../domain/new-identification';

/**
 * Turns violations of cross-field rules into the same field-by-field 400 the request validation
 * gives, so a client handles both alike.
 */
export function violationException(violations: RuleViolation[]): RequestValidationException {
  return new RequestValidationException(violations.map((v) => nest(v.path.split('.'), v.code)));
}

function nest([property, ...rest]: string[], code: string): ValidationError {
  const error = new ValidationError();
  error.property = property;
  error.children = [];
  if (rest.length) error.children = [nest(rest, code)];
  else error.constraints = { [code]: code };
  return error;
}
