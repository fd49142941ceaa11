import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { AuthFailureReason } from '../errors';
import { Principal } from '../principal';

/** The part of an HTTP request the guards read and write. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

export function principalOf(request: AuthenticatedRequest): Principal | undefined {
  return request.principal;
}

export function unauthenticated(reason: AuthFailureReason): UnauthorizedException {
  return new UnauthorizedException({ statusCode: 401, code: 'UNAUTHENTICATED', reason });
}

/** Says nothing about the resource: whether it exists is itself not for this caller to learn. */
export function forbidden(): ForbiddenException {
  return new ForbiddenException({ statusCode: 403, code: 'FORBIDDEN' });
}
