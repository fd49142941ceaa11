import { Equals, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { UUID_V7_PATTERN } from './uuid-v7';

export const EVENT_TYPE_PATTERN = /^[a-z]+\.[a-z]+(?:-[a-z]+)*\.v[1-9][0-9]*$/;
export const EVENT_SOURCE_PATTERN = /^\/relais\/[a-z]+$/;

/**
 * CloudEvents 1.0, structured JSON mode, with the Relais extensions `correlationid` (the
 * originating request or event chain) and `causationid` (the event that caused this one).
 */
export class CloudEvent<T extends object = object> {
  @Equals('1.0')
  specversion!: '1.0';

  @Matches(UUID_V7_PATTERN, { message: 'id must be a UUID version 7' })
  id!: string;

  @Matches(EVENT_SOURCE_PATTERN)
  source!: string;

  @Matches(EVENT_TYPE_PATTERN)
  type!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  subject!: string;

  @IsISO8601({ strict: true })
  time!: string;

  @Equals('application/json')
  datacontenttype!: 'application/json';

  @Matches(/^urn:relais:schema:[a-z.-]+\.v[0-9]+$/)
  dataschema!: string;

  @IsObject()
  data!: T;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  correlationid!: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  causationid?: string;
}

export function dataSchemaUrn(type: string): string {
  return `urn:relais:schema:${type}`;
}
