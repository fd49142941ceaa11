import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasAnyRole, Role } from '../principal';
import { ROLES_KEY } from './decorators';
import { isPublic } from './jwt-auth.guard';
import { AuthenticatedRequest, forbidden, unauthenticated } from './request';

/**
 * Global guard after JwtAuthGuard: enforces `@Roles(...)`. A route without it is open to any
 * authenticated caller, whose reach the repositories then narrow with an AccessScope.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    if (isPublic(this.reflector, context)) return true;
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!required || required.length === 0) return true;

    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) throw unauthenticated('missing');
    if (!hasAnyRole(principal, ...required)) throw forbidden();
    return true;
  }
}
