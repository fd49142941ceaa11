import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Need, NEEDS } from '@relais/contracts';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

export class NeedBody {
  @ApiProperty({ enum: NEEDS, example: 'shelter', description: 'A protection need.' })
  @IsIn(NEEDS)
  need!: Need;

  @ApiPropertyOptional({ example: true, default: false, description: 'Needs help at once (shorter deadlines; urgent medical care is referred even without consent).' })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;
}
