import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Request } from 'express';

const KEY = /^[\x21-\x7e]{1,200}$/;

/** The `Idempotency-Key` header when present and well-formed; a malformed one is a 400. */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const value = ctx.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (value === undefined) return undefined;
  if (!KEY.test(value)) throw new BadRequestException({ code: 'IDEMPOTENCY_KEY_INVALID' });
  return value;
});
