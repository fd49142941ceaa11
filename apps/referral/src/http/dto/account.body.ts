import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AGENCY_ACCOUNT_ROLES, AgencyAccountRole } from '../../domain/accounts';
import { AGENCY_ID_PATTERN } from './params';

/** Keycloak's own rules (username and person-name validators), checked here so the caller gets a 400 per field. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,62}$/;
/** Keycloak makes UUIDs; imported accounts (the demo ones) keep the id they were given. */
const USER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const PERSON_NAME = /^[^<>&"$%!#?§;*~/\\|^=[\]{}()]+$/;

export class AgencyAccountsParams {
  @ApiProperty({ description: 'Agency id.', example: 'demo-cp-mopti' })
  @Matches(AGENCY_ID_PATTERN)
  agencyId!: string;
}

export class AgencyAccountParams extends AgencyAccountsParams {
  @ApiProperty({ description: 'Account id: the identity provider\'s user id, the `sub` of the user\'s tokens.', example: '0b7c4a4e-3f1e-4f5e-9a59-3f1d2b0c9e11' })
  @Matches(USER_ID)
  userId!: string;
}

export class CreateAccountBody {
  @ApiProperty({ description: 'Sign-in name: 3 to 63 lower-case letters, digits, dots, hyphens or underscores.', example: 'a.traore' })
  @Matches(USERNAME)
  username!: string;

  @ApiProperty({ description: 'First name (kept by the identity provider only).', example: 'Awa', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(PERSON_NAME)
  firstName!: string;

  @ApiProperty({ description: 'Last name (kept by the identity provider only).', example: 'Traoré', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(PERSON_NAME)
  lastName!: string;

  @ApiPropertyOptional({ description: 'When given and the identity provider can send e-mail, the user gets a link to choose a password instead of a temporary one.', example: 'a.traore@example.org' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ enum: AGENCY_ACCOUNT_ROLES, default: 'agency_caseworker', description: 'Only the coordinator or a system administrator may create an `agency_admin`.' })
  @IsOptional()
  @IsIn(AGENCY_ACCOUNT_ROLES)
  role?: AgencyAccountRole;
}
