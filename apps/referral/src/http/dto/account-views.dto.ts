import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENCY_ACCOUNT_ROLES, AgencyAccountRole } from '../../domain/accounts';
import type { AccountView } from '../../use-cases/shared/agency-accounts';

/* Response shapes, for the OpenAPI document only: the use cases build the answers. */

export class AccountViewDto implements AccountView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'a.traore' }) username!: string;
  @ApiProperty({ description: 'A disabled account cannot sign in.' }) enabled!: boolean;
  @ApiProperty({ enum: AGENCY_ACCOUNT_ROLES, isArray: true }) roles!: AgencyAccountRole[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) createdAt!: string | null;
}

const DELIVERY = 'How the user gets a password: `temporaryPassword` (in this answer, once), `email` (a link sent by the identity provider), `alreadySent` (a replay: the first answer had it).';

export class CreatedAccountDto extends AccountViewDto {
  @ApiProperty({ enum: ['temporaryPassword', 'email', 'alreadySent'], description: DELIVERY }) passwordDelivery!: string;
  @ApiPropertyOptional({ description: 'Shown once, never stored by Relais: hand it to the user, who must change it at first sign-in.' })
  temporaryPassword?: string;
}

export class PasswordResetDto {
  @ApiProperty({ type: AccountViewDto }) account!: AccountViewDto;
  @ApiProperty({ enum: ['temporaryPassword', 'email'], description: DELIVERY }) passwordDelivery!: string;
  @ApiPropertyOptional({ description: 'Shown once, never stored by Relais: the user must change it at next sign-in.' })
  temporaryPassword?: string;
}
