import { ApiProperty } from '@nestjs/swagger';
import { IsUuidField } from '@relais/contracts';
import { IsInt, Min } from 'class-validator';

export class MergeCaseBody {
  @ApiProperty({ description: 'The case that absorbs this one', example: '01936f3e-5b1a-7c3d-9e4f-a1b2c3d4e5f9' })
  @IsUuidField()
  intoCaseId!: string;

  @ApiProperty({ description: 'The version of this case the decision was taken on (stale → 409)', example: 2, minimum: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}
