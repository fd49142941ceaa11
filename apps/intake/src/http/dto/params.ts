import { ApiProperty } from '@nestjs/swagger';
import { VICTIM_REF_PATTERN } from '@relais/contracts';
import { ValidateBy } from 'class-validator';
import { IsUuidString } from './field-rules';

export class IdentificationIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUuidString()
  id!: string;
}

export class VictimRefParam {
  @ApiProperty({ example: 'V-7K3M9Q2XRT', pattern: VICTIM_REF_PATTERN.source })
  @ValidateBy({ name: 'isVictimRef', validator: { validate: (v: unknown) => typeof v === 'string' && VICTIM_REF_PATTERN.test(v) } })
  victimRef!: string;
}
