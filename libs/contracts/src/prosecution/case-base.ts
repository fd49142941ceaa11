import { ArrayMaxSize, IsArray, IsString, Matches, MaxLength } from 'class-validator';
import { REFERENCE_PATTERN } from '../references';
import { IsUuidField, IsVictimRef } from '../validators';

/** What every case event says about the case it concerns. */
export abstract class CaseFactsV1 {
  @IsUuidField()
  caseId!: string;

  @Matches(REFERENCE_PATTERN)
  reference!: string;

  /** The prosecutor's office (parquet) that holds the case. */
  @IsString()
  @MaxLength(100)
  officeId!: string;

  /** Victims linked to the case, so agencies accompanying them can be told. */
  @IsArray()
  @ArrayMaxSize(1000)
  @IsVictimRef({ each: true })
  victimRefs!: string[];
}
