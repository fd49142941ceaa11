import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Need, NEEDS } from '@relais/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';

export class NeedBody {
  @ApiProperty({ enum: NEEDS, example: 'shelter', description: 'A protection need.' })
  @IsIn(NEEDS)
  need!: Need;

  @ApiPropertyOptional({ example: true, default: false, description: 'Needs help at once (shorter deadlines; urgent medical care is referred even without consent).' })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;
}

/** Selects the need of an entry without failing on entries that are not objects (their own rule reports them). */
const needOf = (entry: unknown) => (entry !== null && typeof entry === 'object' ? (entry as { need?: unknown }).need : entry);

/** The rules of a list of needs, each need at most once: the same when an identification is made and corrected. */
export function IsNeedList(): PropertyDecorator {
  // Listed in the order stacked decorators apply (the bottom one first), so refusals name their
  // constraints in the order they always had.
  return applyDecorators(
    Type(() => NeedBody),
    ValidateNested({ each: true }),
    IsObject({ each: true }),
    ArrayUnique(needOf),
    ArrayMaxSize(NEEDS.length),
    IsArray(),
  );
}
