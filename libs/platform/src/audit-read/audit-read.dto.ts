import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsVictimRef } from '@relais/contracts';

export class PersonAuditQuery {
  @ApiProperty({ description: 'The person’s pseudonymous reference', example: 'V-7K3M9Q2XPA' })
  @IsVictimRef()
  resourceId!: string;
}

/** One audited act on a person's file, as the audit trail holds it: codes and ids, no personal data. */
export class PersonAuditEntryDto {
  @ApiProperty({ description: 'Position in the hash chain (null for a few seconds, until sealed)', type: 'integer', nullable: true })
  seq!: number | null;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ description: 'Who acted: the account’s id (`sub`), or `system:<service>`' })
  actor!: string;

  @ApiProperty({ description: 'The actor’s organisation or scope when the entry recorded it (unit, agency, office, region)', nullable: true, type: String })
  organisation!: string | null;

  @ApiProperty({ description: 'The legal basis of a read when the entry recorded it', nullable: true, type: String, example: 'unit' })
  basis!: string | null;

  @ApiProperty({ example: 'person.read' })
  action!: string;

  @ApiProperty({ example: 'identification' })
  resourceType!: string;

  @ApiProperty()
  resourceId!: string;

  @ApiProperty({ enum: ['success', 'denied', 'failure'] })
  outcome!: 'success' | 'denied' | 'failure';
}

export class PersonAuditListDto {
  @ApiProperty({ example: 'intake' })
  service!: string;

  @ApiProperty({ type: () => [PersonAuditEntryDto] })
  items!: PersonAuditEntryDto[];

  @ApiProperty({ description: 'True when more entries exist than the answer holds (the oldest come first)' })
  truncated!: boolean;
}

export class AuditVerificationDto {
  @ApiProperty({ example: 'intake' })
  service!: string;

  @ApiProperty({ description: 'Every sealed row follows from its predecessor' })
  ok!: boolean;

  @ApiProperty({ type: 'integer' })
  rows!: number;

  @ApiPropertyOptional({ type: 'integer', description: 'Rows not chained yet' })
  unsealed?: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: '{ seq, reason } of the first broken row' })
  firstBroken?: { seq: number; reason: string };

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: '{ seq, hash } of the chain’s last row' })
  head?: { seq: number; hash: string };

  @ApiProperty({ format: 'date-time' })
  checkedAt!: string;
}
