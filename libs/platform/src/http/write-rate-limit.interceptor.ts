import { CallHandler, ExecutionContext, HttpException, HttpStatus, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { AuthenticatedRequest } from '@relais/auth';
import { Observable } from 'rxjs';
import { ServiceConfig } from '../config/service-config';
import { SERVICE_CONFIG } from '../tokens';
import { WindowCounter } from './window-counter';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface HeaderWriter {
  setHeader(name: string, value: string): unknown;
}

/**
 * Writes per signed-in user per minute (`WRITE_RATE_LIMIT_PER_MINUTE`, 0 = off). An interceptor,
 * so it runs after the guards and counts only callers whose token verified, by their `sub`: a
 * leaked token or a runaway partner script cannot flood the services. Offline stations send their
 * backlog in one batch request, so a person at work never comes near the limit.
 */
@Injectable()
export class WriteRateLimitInterceptor implements NestInterceptor {
  private readonly counter?: WindowCounter;

  constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig) {
    if (config.WRITE_RATE_LIMIT_PER_MINUTE > 0) this.counter = new WindowCounter(config.WRITE_RATE_LIMIT_PER_MINUTE, 60_000);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.counter || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { method: string }>();
    const sub = request.principal?.sub;
    if (sub === undefined || !WRITES.has(request.method)) return next.handle();
    const verdict = this.counter.hit(sub);
    if (verdict.allowed) return next.handle();
    context.switchToHttp().getResponse<HeaderWriter>().setHeader('Retry-After', String(verdict.retryAfterSeconds));
    throw new HttpException({ statusCode: 429, code: 'TOO_MANY_REQUESTS' }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
