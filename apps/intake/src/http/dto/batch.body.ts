import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject } from 'class-validator';
import { BATCH_MAX_ITEMS } from '../../use-cases/submit-batch';
import { CreateIdentificationBody } from './create-identification.body';

/** The envelope only: each item is validated on its own, so one bad item does not refuse the others. */
export class BatchBody {
  @ApiProperty({ type: () => [CreateIdentificationBody], minItems: 1, maxItems: BATCH_MAX_ITEMS, description: 'Identifications recorded while offline, each with its own `id`.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BATCH_MAX_ITEMS)
  @IsObject({ each: true })
  items!: object[];
}
