import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorBody, FieldError } from './error-body';

/** OpenAPI description of FieldError, shared by every service's document. */
export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'person.nationalities.0', description: 'Dotted path into the body.' })
  field!: string;

  @ApiProperty({ example: 'isIn', description: 'The rule that failed; stable, for clients to branch on.' })
  code!: string;

  @ApiProperty({
    example: 'person.nationalities.0 doit être un code de la liste de référence (249 valeurs possibles, voir /api/docs).',
    description: 'In the caller’s language (Accept-Language: fr by default, en).',
  })
  message!: string;
}

/** OpenAPI description of the one shape of every error answer (see HttpErrorFilter). */
export class ErrorBodyDto implements ErrorBody {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable code to branch on.' })
  code!: string;

  @ApiProperty({ example: 'La requête est invalide (1 erreur(s)). Corrigez les champs indiqués.', description: 'In the caller’s language.' })
  message!: string;

  @ApiPropertyOptional({ example: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f', description: 'Quote it to support; it is in the logs.' })
  correlationId?: string;

  @ApiPropertyOptional({ type: () => [FieldErrorDto], description: 'One entry per failing rule (400 only).' })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { currentVersion: 3 }, description: 'Ids and versions that explain a refusal; never personal data.' })
  details?: Record<string, unknown>;
}
