import { IsIn, IsISO8601, Matches, ValidationOptions } from 'class-validator';
import { UUID_PATTERN } from './envelope/uuid-v7';
import { VICTIM_REF_PATTERN } from './references';
import { Vocabularies, VocabularyName } from './vocabulary';

/** Shared field rules, so every contract spells an identifier or a code the same way. */
export function IsUuidField(options?: ValidationOptions): PropertyDecorator {
  return Matches(UUID_PATTERN, { message: '$property must be a UUID', ...options });
}

export function IsVictimRef(options?: ValidationOptions): PropertyDecorator {
  return Matches(VICTIM_REF_PATTERN, { message: '$property must be a victim reference (V-XXXXXXXXXX)', ...options });
}

export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return IsISO8601({ strict: true, strictSeparator: true }, options);
}

export function IsCode(vocabulary: VocabularyName, options?: ValidationOptions): PropertyDecorator {
  return IsIn(Vocabularies[vocabulary].codes as string[], options);
}
