import { CanActivate, ExecutionContext, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthenticationError, IdentityProviderUnavailableError } from '../errors';
import { TokenVerifier } from '../tokens/token-verifier';
import { IS_PUBLIC_KEY } from './decorators';
import { AuthenticatedRequest, unauthenticated } from './request';

interface HeaderWriter {
  setHeader?(name: string, value: string): unknown;
}

/** Global guard: every HTTP route needs a valid bearer token unless marked `@Public()`. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Kafka handlers run under the same app: events are authenticated by the broker, not by JWT.
    if (context.getType() !== 'http') return true;
    if (isPublic(this.reflector, context)) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    try {
      request.principal = await this.verifier.verify(bearerToken(request.headers.authorization));
      return true;
    } catch (error) {
      if (error instanceof IdentityProviderUnavailableError) {
        throw new ServiceUnavailableException({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' }, { cause: error });
      }
      if (!(error instanceof AuthenticationError)) throw error;
      // RFC 6750 §3: tell the client which scheme to use, and whether the token it sent was bad.
      const challenge = error.reason === 'missing' ? 'Bearer realm="relais"' : 'Bearer realm="relais", error="invalid_token"';
      http.getResponse<HeaderWriter>().setHeader?.('WWW-Authenticate', challenge);
      throw unauthenticated(error.reason);
    }
  }
}

export function isPublic(reflector: Reflector, context: ExecutionContext): boolean {
  return reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]) === true;
}

function bearerToken(header: string | string[] | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const match = typeof header === 'string' ? /^Bearer +(\S+) *$/i.exec(header) : null;
  if (!match) throw new AuthenticationError('malformed', 'Authorization is not "Bearer <token>"');
  return match[1];
}
