import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGE_BANDS, AgeBand, Assessment, ASSESSMENTS, CONSENT_GIVERS, ConsentGiver, EXPLOITATION_FORMS, ExploitationForm, ILO_INDICATORS,
  IloIndicator, INSTITUTIONS, Institution, Need, NEEDS, Region, REGIONS, Sex, SEXES,
} from '@relais/contracts';
import { KeysetPageView } from '@relais/platform';
import { ACCESS_BASES, AccessBasis } from '../../domain/access';
import { CONSENT_PURPOSES, ConsentPurpose } from '../../domain/consent';
import { IDENTIFICATION_STATUSES, IdentificationStatus } from '../../domain/identification';

export class IdentificationReceiptView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'V-7K3M9Q2XRT', description: 'The pseudonymous reference other services know the person by.' })
  victimRef!: string;

  @ApiProperty({ enum: IDENTIFICATION_STATUSES, example: 'recorded' })
  status!: IdentificationStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'An earlier identification that may be the same person (names, birth year or age band, sex). Flagged for review, never merged.' })
  possibleDuplicateOf?: string;
}

export class NeedView {
  @ApiProperty({ enum: NEEDS })
  need!: Need;

  @ApiProperty()
  urgent!: boolean;
}

export class ConsentStateView {
  @ApiProperty({ description: 'Consent to referral in force.' })
  referral!: boolean;

  @ApiProperty({ description: 'Consent to data sharing in force.' })
  dataSharing!: boolean;

  @ApiProperty({ enum: CONSENT_GIVERS, description: 'Who gave the latest consent act.' })
  givenBy!: ConsentGiver;

  @ApiProperty({ description: 'A consent once given was withdrawn.' })
  withdrawn!: boolean;
}

/** An identification without personal data: what lists and corrections return. */
export class IdentificationSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'V-7K3M9Q2XRT' })
  victimRef!: string;

  @ApiProperty({ enum: IDENTIFICATION_STATUSES })
  status!: IdentificationStatus;

  @ApiProperty({ example: 2, description: 'Counts corrections; send it back with the next PATCH.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  identifiedAt!: string;

  @ApiProperty({ enum: REGIONS })
  region!: Region;

  @ApiPropertyOptional({ example: 'Djenné' })
  cercle?: string;

  @ApiProperty({ enum: INSTITUTIONS })
  institution!: Institution;

  @ApiProperty({ example: 'brigade-djenne' })
  unitId!: string;

  @ApiProperty({ enum: SEXES })
  sex!: Sex;

  @ApiProperty({ enum: AGE_BANDS, description: 'CTDC age band at identification.' })
  ageGroup!: AgeBand;

  @ApiProperty()
  isMinor!: boolean;

  @ApiProperty({ type: [String], example: ['ML'] })
  nationalities!: string[];

  @ApiProperty({ enum: EXPLOITATION_FORMS, isArray: true })
  forms!: ExploitationForm[];

  @ApiProperty({ type: [String], example: ['DebtBondage'] })
  methodsOfControl!: string[];

  @ApiProperty({ type: () => [NeedView] })
  needs!: NeedView[];

  @ApiProperty({ enum: ASSESSMENTS })
  assessment!: Assessment;

  @ApiProperty({ type: () => ConsentStateView })
  consent!: ConsentStateView;

  @ApiProperty({ example: 1 })
  suspectsCount!: number;

  @ApiPropertyOptional({ format: 'uuid' })
  possibleDuplicateOf?: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the person’s data was erased.' })
  erasedAt?: string;
}

export class IdentificationPageView extends KeysetPageView(IdentificationSummaryView) {}

export class PlaceView {
  @ApiProperty({ enum: REGIONS })
  region!: Region;

  @ApiPropertyOptional()
  cercle?: string;

  @ApiPropertyOptional()
  commune?: string;

  @ApiPropertyOptional()
  locality?: string;

  @ApiPropertyOptional()
  latitude?: number;

  @ApiPropertyOptional()
  longitude?: number;
}

export class ReporterView {
  @ApiProperty({ enum: INSTITUTIONS })
  institution!: Institution;

  @ApiProperty()
  unitId!: string;

  @ApiProperty({ description: 'The reporting officer’s account id (token subject).' })
  officerId!: string;
}

export class ExploitationView {
  @ApiProperty({ enum: EXPLOITATION_FORMS, isArray: true })
  forms!: ExploitationForm[];

  @ApiProperty({ type: [String] })
  methodsOfControl!: string[];

  @ApiPropertyOptional()
  forcedLabourSector?: string;

  @ApiPropertyOptional()
  sexualExploitationType?: string;

  @ApiPropertyOptional()
  recruitmentMethod?: string;

  @ApiPropertyOptional()
  relationshipToTrafficker?: string;

  @ApiPropertyOptional()
  countryOfRecruitment?: string;

  @ApiPropertyOptional()
  countryOfExploitation?: string;

  @ApiPropertyOptional({ format: 'date' })
  startedAt?: string;
}

export class IdentityDocumentView {
  @ApiProperty()
  type!: string;

  @ApiProperty()
  number!: string;

  @ApiProperty()
  issuingCountry!: string;
}

/** The person. When `erased`, every identifying field is gone for good and absent here. */
export class PersonView {
  @ApiProperty({ description: 'True once the person’s data was erased (crypto-shredded).' })
  erased!: boolean;

  @ApiPropertyOptional()
  givenNames?: string;

  @ApiPropertyOptional()
  familyName?: string;

  @ApiPropertyOptional()
  otherNames?: string;

  @ApiProperty({ enum: SEXES })
  sex!: Sex;

  @ApiPropertyOptional()
  genderIdentity?: string;

  @ApiPropertyOptional({ format: 'date' })
  dateOfBirth?: string;

  @ApiPropertyOptional()
  estimatedAge?: number;

  @ApiPropertyOptional({ description: 'The officer presumed the person a child.' })
  presumedMinor?: boolean;

  @ApiProperty({ enum: AGE_BANDS })
  ageGroup!: AgeBand;

  @ApiProperty()
  isMinor!: boolean;

  @ApiProperty({ type: [String] })
  nationalities!: string[];

  @ApiProperty({ type: [String] })
  languages!: string[];

  @ApiPropertyOptional()
  phone?: string;

  @ApiPropertyOptional()
  address?: string;

  @ApiPropertyOptional({ type: () => [IdentityDocumentView] })
  identityDocuments?: IdentityDocumentView[];

  @ApiPropertyOptional()
  disability?: string;
}

export class SuspectView {
  @ApiPropertyOptional()
  role?: string;

  @ApiPropertyOptional({ enum: SEXES })
  sex?: Sex;

  @ApiPropertyOptional()
  nationality?: string;

  @ApiPropertyOptional()
  relationshipToVictim?: string;

  @ApiPropertyOptional({ description: 'Absent when not given or erased.' })
  name?: string;
}

export class ConsentRecordView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: CONSENT_PURPOSES })
  purpose!: ConsentPurpose;

  @ApiPropertyOptional({ description: 'The recipient the act is limited to (an agency id); absent for every recipient.' })
  recipient?: string;

  @ApiProperty({ enum: CONSENT_GIVERS })
  givenBy!: ConsentGiver;

  @ApiProperty()
  given!: boolean;

  @ApiProperty()
  withdrawn!: boolean;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ description: 'Account that recorded it.' })
  recordedBy!: string;
}

/** An identification with the person’s details, for those entitled to read them (each read is audited). */
export class IdentificationDetailView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  victimRef!: string;

  @ApiProperty({ enum: IDENTIFICATION_STATUSES })
  status!: IdentificationStatus;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  identifiedAt!: string;

  @ApiProperty({ type: () => PlaceView })
  place!: PlaceView;

  @ApiProperty({ type: () => ReporterView })
  reportedBy!: ReporterView;

  @ApiProperty({ type: () => PersonView })
  person!: PersonView;

  @ApiProperty({ type: () => ExploitationView })
  exploitation!: ExploitationView;

  @ApiProperty({ enum: ILO_INDICATORS, isArray: true })
  indicators!: IloIndicator[];

  @ApiProperty({ enum: ASSESSMENTS })
  assessment!: Assessment;

  @ApiProperty({ type: () => [NeedView] })
  needs!: NeedView[];

  @ApiProperty({ type: () => ConsentStateView })
  consent!: ConsentStateView;

  @ApiProperty({ type: () => [ConsentRecordView] })
  consentRecords!: ConsentRecordView[];

  @ApiProperty({ type: () => [SuspectView] })
  suspects!: SuspectView[];

  @ApiPropertyOptional({ description: 'Absent when not given or erased.' })
  narrative?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  possibleDuplicateOf?: string;

  @ApiProperty({ enum: ACCESS_BASES, description: 'Why the caller may read this record (as audited).' })
  accessBasis!: AccessBasis;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiPropertyOptional({ format: 'date-time' })
  erasedAt?: string;
}
