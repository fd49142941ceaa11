import { ApiProperty } from '@nestjs/swagger';
import { IsVictimRef } from '@relais/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';

/** A page of the web app's list is 20 identifications; 50 leaves room without inviting bulk reads. */
export const MAX_VICTIM_REFS = 50;

/**
 * `?victimRef=V-…&victimRef=V-…`: the persons of one page of the web app's lists, so a page asks
 * each service once rather than once per person.
 */
export class VictimRefsQuery {
  @ApiProperty({
    type: [String],
    description: `Pseudonymous references of the persons (repeat the parameter: \`?victimRef=V-…&victimRef=V-…\`), at most ${MAX_VICTIM_REFS}.`,
    example: ['V-7K3M9Q2XPA'],
  })
  // One value arrives as a string, several as an array.
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value : [value]))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_VICTIM_REFS)
  @IsVictimRef({ each: true })
  victimRef!: string[];
}
