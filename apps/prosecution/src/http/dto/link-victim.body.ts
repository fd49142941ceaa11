import { ApiProperty } from '@nestjs/swagger';
import { IsUuidField } from '@relais/contracts';

export class LinkVictimBody {
  @ApiProperty({ description: 'An identification received from intake, to link to this case', example: '01936f3e-5b1a-7c3d-9e4f-a1b2c3d4e5f8' })
  @IsUuidField()
  identificationId!: string;
}
