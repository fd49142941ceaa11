import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { ErrorBodyDto } from '@relais/platform';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: one entry per field in `errors`, nothing changed.',
  401: 'No valid bearer token.',
  403: 'The caller\'s role does not allow this.',
  404: 'Not found, or not visible to the caller (another agency\'s referral looks the same).',
  409: 'Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used.',
  428: 'The version the change is based on is missing (body `version` or `If-Match`).',
  503: 'A service this needs (the identity provider, the database) is unavailable: nothing changed, try again.',
};

/** The error answers of a route, all in the common error shape. */
export function ApiErrors(...statuses: (keyof typeof DESCRIPTIONS)[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: ErrorBodyDto })));
}

export function ApiIfMatch(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: 'The version the change is based on, as the ETag sent with the resource (`"3"`). Alternative to body `version`.' }),
  );
}
