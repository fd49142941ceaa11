import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { RECIPIENT_KINDS, RecipientKind } from '@relais/contracts';

export class RecipientParams {
  @ApiProperty({
    description: 'The agency id (agencyId), the prosecutor office id (officeId), or `coordinator`.',
    example: 'agency-shelter-mopti',
    pattern: '^[A-Za-z0-9._:-]{1,100}$',
  })
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/)
  recipientId!: string;
}

export class RecipientQuery {
  @ApiPropertyOptional({
    enum: RECIPIENT_KINDS,
    description: 'What the id names; `agency` by default, `coordinator` implied by the id `coordinator`.',
    example: 'office',
  })
  @IsOptional()
  @IsIn(RECIPIENT_KINDS)
  kind?: RecipientKind;
}
