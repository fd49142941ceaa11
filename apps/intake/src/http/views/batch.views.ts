import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldErrorDto } from '@relais/platform';

export class BatchItemResultView {
  @ApiProperty({ example: 0, description: 'Position of the item in the request.' })
  index!: number;

  @ApiProperty({ example: 201, description: 'The status this item would have had alone: 201 recorded, 200 replay of an earlier submission, 400 invalid, 403, 409 id reused for another body, 500.' })
  status!: number;

  @ApiPropertyOptional({ format: 'uuid' })
  id?: string;

  @ApiPropertyOptional({ example: 'V-7K3M9Q2XRT' })
  victimRef?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  possibleDuplicateOf?: string;

  @ApiPropertyOptional({ example: 'VALIDATION_FAILED', description: 'Error code when the item failed.' })
  code?: string;

  @ApiPropertyOptional({ type: () => [FieldErrorDto], description: 'Field-level errors of an invalid item (paths relative to the item).' })
  errors?: FieldErrorDto[];
}

export class BatchSummaryView {
  @ApiProperty({ description: 'Items recorded now (201).' })
  recorded!: number;

  @ApiProperty({ description: 'Items already recorded by an earlier submission (200).' })
  replayed!: number;

  @ApiProperty({ description: 'Items that failed; send them again once corrected.' })
  failed!: number;
}

export class BatchResultView {
  @ApiProperty({ type: () => [BatchItemResultView] })
  results!: BatchItemResultView[];

  @ApiProperty({ type: () => BatchSummaryView })
  summary!: BatchSummaryView;
}
