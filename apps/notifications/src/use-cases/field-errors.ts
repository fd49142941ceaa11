import { RequestValidationException } from '@relais/platform';
import { ValidationError } from 'class-validator';

/**
 * A rule only the use case can check (it needs stored state or configuration), answered like the
 * DTO's own rules: 400, field by field, with `validation.<code>` from the catalogues.
 */
export function fieldError(path: string, code: string, message: string): RequestValidationException {
  const [first, ...rest] = path.split('.');
  return new RequestValidationException([nest(first, rest, code, message)]);
}

function nest(property: string, rest: string[], code: string, message: string): ValidationError {
  const error = new ValidationError();
  error.property = property;
  error.children = [];
  if (rest.length) error.children.push(nest(rest[0], rest.slice(1), code, message));
  else error.constraints = { [code]: message };
  return error;
}
