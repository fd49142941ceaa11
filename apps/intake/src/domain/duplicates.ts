import { ageBandOf, Sex } from '@relais/contracts';

/** What the vault's BlindIndex offers: a keyed hash of normalised parts. */
export interface KeyedHash {
  compute(...parts: string[]): string;
}

export interface DuplicateInput {
  givenNames: string;
  familyName: string;
  sex: Sex;
  dateOfBirth?: string;
  /** Whole years at identification, from the birth date or the estimate. */
  age?: number;
}

/**
 * The blind-index keys under which a person may be found again: names (normalised, in any order)
 * with sex and the birth year when the birth date is known, and with the age band when any age is
 * known, so that a person recorded once with a birth date and once with an estimated age still
 * meet. A person of unknown age is matched on names and sex alone. Keys only flag a possible
 * duplicate for a human to check: they are never used to merge records.
 */
export function duplicateKeys(index: KeyedHash, input: DuplicateInput): string[] {
  const names = `${input.givenNames} ${input.familyName}`;
  const keys: string[] = [];
  if (input.dateOfBirth !== undefined) keys.push(index.compute(names, `year:${input.dateOfBirth.slice(0, 4)}`, input.sex));
  keys.push(index.compute(names, `band:${ageBandOf(input.age)}`, input.sex));
  return keys;
}
