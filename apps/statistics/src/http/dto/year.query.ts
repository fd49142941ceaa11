import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { INDICATOR_DIMENSIONS, IndicatorDimension } from '../../domain/dimensions';
import { ListParam } from './validators';

export class YearQuery {
  @ApiPropertyOptional({ description: 'Calendar year. Default: the current year.', example: 2026, minimum: 2000, maximum: 2099 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2099)
  year?: number;
}

export class IndicatorsQuery extends YearQuery {
  @ApiPropertyOptional({
    description:
      'Breakdown of SDG 16.2.2, comma-separated. By sex the base is the population of that sex; by form, the whole population; by region, ' +
      'the region\'s. No census population exists by age band, for children, or by region and sex: those rates are given as unavailable, with the reason.',
    isArray: true,
    example: 'sex',
    enum: INDICATOR_DIMENSIONS,
  })
  @IsOptional()
  @ListParam()
  @IsArray()
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(INDICATOR_DIMENSIONS, { each: true })
  groupBy?: IndicatorDimension[];
}
