import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_GIVERS, ConsentGiver } from '@relais/contracts';
import { CONSENT_PURPOSES, ConsentPurpose } from '../../domain/consent';
import { ConsentStateView } from './identification.views';

export class ConsentChangeView {
  @ApiProperty({ format: 'uuid', description: 'The consent act recorded.' })
  id!: string;

  @ApiProperty()
  victimRef!: string;

  @ApiProperty({ format: 'uuid' })
  identificationId!: string;

  @ApiProperty({ enum: CONSENT_PURPOSES })
  purpose!: ConsentPurpose;

  @ApiPropertyOptional()
  recipient?: string;

  @ApiProperty({ enum: CONSENT_GIVERS })
  givenBy!: ConsentGiver;

  @ApiProperty()
  withdrawn!: boolean;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: () => ConsentStateView, description: 'The consent in force after this act.' })
  consent!: ConsentStateView;
}

export class ErasureView {
  @ApiProperty()
  victimRef!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  identificationIds!: string[];

  @ApiProperty({ format: 'date-time' })
  erasedAt!: string;

  @ApiProperty({ description: 'True when the data had already been erased; nothing was done again.' })
  alreadyErased!: boolean;
}
