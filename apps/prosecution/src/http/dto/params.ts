import { ApiProperty } from '@nestjs/swagger';
import { IsUuidField, IsVictimRef } from '@relais/contracts';

export class CaseParams {
  @ApiProperty({ description: 'Case id (UUID)', example: '01936f3e-5b1a-7c3d-9e4f-a1b2c3d4e5f6' })
  @IsUuidField()
  id!: string;
}

export class DefendantParams extends CaseParams {
  @ApiProperty({ description: 'Defendant id (UUID)', example: '01936f3e-5b1a-7c3d-9e4f-a1b2c3d4e5f7' })
  @IsUuidField()
  defendantId!: string;
}

export class VictimParams {
  @ApiProperty({ description: 'Pseudonymous victim reference from intake', example: 'V-7K3M9Q2XRT' })
  @IsVictimRef()
  victimRef!: string;
}
