import { AGE_OF_MAJORITY, AgeBand, ageBandOf, ageInYears } from '@relais/contracts';

export interface AgeInput {
  dateOfBirth?: string;
  estimatedAge?: number;
  /** The officer's judgement that the person is a child, when their age is unknown or doubtful. */
  presumedMinor?: boolean;
}

export interface AgeFacts {
  /** Whole years at identification, when known from the birth date or an estimate. */
  age?: number;
  ageGroup: AgeBand;
  isMinor: boolean;
}

/**
 * Age at the moment of identification. A person of unknown age is not treated as a child unless
 * the officer presumes so (`presumedMinor`), as the presumption of minority asks when there are
 * reasons to believe the person is a child: then they are a minor even if a document says
 * otherwise, since traffickers forge documents to make children pass for adults. The age group
 * still follows the stated age, so statistics are not distorted by the presumption.
 */
export function ageFacts(input: AgeInput, identifiedAt: string): AgeFacts {
  const age =
    input.dateOfBirth !== undefined ? ageInYears(input.dateOfBirth, identifiedAt) : input.estimatedAge;
  const ageGroup = ageBandOf(age);
  const isMinor = (age !== undefined && age < AGE_OF_MAJORITY) || input.presumedMinor === true;
  return { ...(age !== undefined ? { age } : {}), ageGroup, isMinor };
}
