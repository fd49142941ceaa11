import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorBodyDto } from '@relais/platform';

/** The answers every authenticated route can give, documented once. */
export function ApiCommonErrors(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal' }),
    ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'Missing or invalid token' }),
    ApiForbiddenResponse({ type: ErrorBodyDto, description: 'The role does not allow this' }),
  );
}

/** A case outside the caller's jurisdiction is answered exactly like a missing one. */
export function ApiCaseNotFound(): MethodDecorator {
  return applyDecorators(ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No such case, or not in your jurisdiction' }));
}

export function ApiCaseConflict(description: string): MethodDecorator {
  return applyDecorators(ApiConflictResponse({ type: ErrorBodyDto, description }));
}

export function ApiIdempotencyKey(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Makes a retry harmless: the same key with the same body returns the first answer (200); with another body, 409',
    }),
  );
}
