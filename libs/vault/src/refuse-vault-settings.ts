import { IsEmpty, ValidateIf } from 'class-validator';

/**
 * On a setting a service must not hold (another service's key): in production, setting it is a
 * configuration error, listed with the others in the one start-up message, so a deployment that
 * hands the key to the wrong pod is caught the first time it starts rather than noticed in a log.
 * Outside production it is ignored: `npm start` and the tests run the five services from one
 * shared environment, and the development keys are on the developer's disk anyway.
 */
export function RefusedInProduction(service: string, reason: string): PropertyDecorator {
  return (target, property) => {
    ValidateIf((config: { NODE_ENV?: string }) => config.NODE_ENV === 'production')(target, property);
    IsEmpty({ message: `${String(property)} must not be given to ${service} (${reason})` })(target, property);
  };
}

export const ONLY_VAULT_SERVICES = 'only intake and prosecution hold vault keys, each its own';
