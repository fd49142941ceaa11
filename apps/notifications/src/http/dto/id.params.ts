import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class IdParams {
  @ApiProperty({ format: 'uuid', example: '0195f3a2-7c4e-7b1a-9d2e-3f4a5b6c7d8e' })
  @IsUUID()
  id!: string;
}
