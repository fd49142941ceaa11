import { ApiPropertyOptional } from '@nestjs/swagger';
import { Region, REGIONS } from '@relais/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, Matches, ValidateBy, ValidationArguments } from 'class-validator';
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

/** The measures whose facts carry a region: the case's (cases) or the victim's (time to judgment). */
export const REGIONAL_MEASURES: readonly ProsecutionMeasure[] = ['cases', 'timeToJudgment'];

/** `region` only with a measure that has one (persons, sentences and hearings are counted nationally). */
function RegionOfMeasure(): PropertyDecorator {
  return ValidateBy({
    name: 'regionOfMeasure',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const measure = ((args?.object as { measure?: ProsecutionMeasure }).measure ?? 'persons') as ProsecutionMeasure;
        return value === undefined || REGIONAL_MEASURES.includes(measure);
      },
      defaultMessage: () => `region can only filter the measures ${REGIONAL_MEASURES.join(', ')}`,
    },
  });
}

/** Office ids as the prosecution service names them (`tgi-bamako-c3`). */
export const OFFICE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export class ProsecutionsQuery extends TableQuery {
  @ApiPropertyOptional({
    description: `Count only the cases now held by this prosecutor's office (and their persons, sentences, hearings, victims judged). ` +
      `A prosecutor always sees their own office (token claim \`jurisdiction\`): another office is refused (403). ` +
      `With \`region\`, only for ${REGIONAL_MEASURES.join(', ')}.`,
    example: 'tgi-mopti',
  })
  @IsOptional()
  @Matches(OFFICE_ID)
  office?: string;

  @ApiPropertyOptional({ description: `Count only this region: of the case (cases) or of the victim (timeToJudgment); the other measures have none.`, enum: REGIONS, example: 'mopti' })
  @IsOptional()
  @IsIn(REGIONS)
  @RegionOfMeasure()
  override region?: Region = undefined;

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
