import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, ValidateBy, ValidationArguments } from 'class-validator';
import { ALL_PROSECUTION_DIMENSIONS, DimensionName, MAX_GROUP_BY, PROSECUTION_DIMENSIONS, PROSECUTION_MEASURES, ProsecutionMeasure } from '../../domain/dimensions';
import { TableQuery } from './table.query';
import { ListParam } from './validators';

/** Each dimension must be one the measure has (e.g. sentences have a sentence band, cases do not). */
function OfMeasure(): PropertyDecorator {
  return ValidateBy({
    name: 'dimensionOfMeasure',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const measure = ((args?.object as { measure?: ProsecutionMeasure }).measure ?? 'persons') as ProsecutionMeasure;
        const allowed = PROSECUTION_DIMENSIONS[measure] as readonly string[] | undefined;
        return !Array.isArray(value) || !allowed || value.every((d) => allowed.includes(d));
      },
      defaultMessage: () => 'groupBy holds a dimension the measure does not have',
    },
  });
}

export class ProsecutionsQuery extends TableQuery {
  @ApiPropertyOptional({
    description:
      'What to count. persons: persons brought into formal contact, prosecuted, convicted and acquitted at first instance (GLOTIP / UN-CTS); ' +
      'cases: cases opened; sentences: persons convicted by band of prison sentence; timeToJudgment: victims by days from identification to first judgment; ' +
      'hearings: hearings by kind.',
    enum: PROSECUTION_MEASURES,
    default: 'persons',
  })
  @IsOptional()
  @IsIn(PROSECUTION_MEASURES)
  measure?: ProsecutionMeasure;

  @ApiPropertyOptional({
    description: `Dimensions to group by, comma-separated (at most ${MAX_GROUP_BY}). persons: ${PROSECUTION_DIMENSIONS.persons.join(', ')}; ` +
      `cases: ${PROSECUTION_DIMENSIONS.cases.join(', ')}; sentences: ${PROSECUTION_DIMENSIONS.sentences.join(', ')}; ` +
      `timeToJudgment: ${PROSECUTION_DIMENSIONS.timeToJudgment.join(', ')}; hearings: ${PROSECUTION_DIMENSIONS.hearings.join(', ')}.`,
    isArray: true,
    example: 'sex,nationality',
    enum: ALL_PROSECUTION_DIMENSIONS,
  })
  @IsOptional()
  @ListParam()
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_BY)
  @ArrayUnique()
  @IsIn(ALL_PROSECUTION_DIMENSIONS, { each: true })
  @OfMeasure()
  groupBy?: DimensionName[];
}
