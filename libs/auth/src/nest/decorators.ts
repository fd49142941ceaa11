import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Principal, Role } from '../principal';
import { AuthenticatedRequest, unauthenticated } from './request';

export const IS_PUBLIC_KEY = 'relais:auth:public';
export const ROLES_KEY = 'relais:auth:roles';

/** The route (or every route of the controller) needs no token: health probes, metrics, docs. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/**
 * The caller needs at least one of these roles. On a handler it replaces the controller's own
 * requirement rather than adding to it, so a controller-wide rule can be narrowed or widened per route.
 */
export const Roles = (role: Role, ...more: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, [role, ...more]);

/**
 * The verified caller. On a `@Public()` route there is none, and asking for it is a programming
 * error that we answer with 401 rather than hand the handler an undefined principal.
 */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw unauthenticated('missing');
  return principal;
});
