import { AgeBand } from './codes';

export const AGE_OF_MAJORITY = 18;

/** The CTDC band for an age in whole years; `unknown` when the age is not known. */
export function ageBandOf(age: number | null | undefined): AgeBand {
  if (age === null || age === undefined || !Number.isFinite(age) || age < 0) return 'unknown';
  if (age <= 8) return '0-8';
  if (age <= 17) return '9-17';
  if (age <= 20) return '18-20';
  if (age <= 23) return '21-23';
  if (age <= 26) return '24-26';
  if (age <= 29) return '27-29';
  if (age <= 38) return '30-38';
  if (age <= 47) return '39-47';
  return '48+';
}

/** Whole years between a birth date and a reference date (both ISO calendar dates or Dates). */
export function ageInYears(dateOfBirth: string | Date, at: string | Date): number {
  const birth = new Date(dateOfBirth);
  const ref = new Date(at);
  let years = ref.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    ref.getUTCMonth() < birth.getUTCMonth() ||
    (ref.getUTCMonth() === birth.getUTCMonth() && ref.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}
