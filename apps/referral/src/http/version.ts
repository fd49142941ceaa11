import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Response } from 'express';
import { Observable, tap } from 'rxjs';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';

const IF_MATCH = /^\s*(?:W\/)?(?:"(\d{1,9})"|(\d{1,9}))\s*$/;

/**
 * The version a change is based on, from the body or `If-Match` (an ETag as this service sends
 * it, `"3"`). Both may be given if they agree; neither is a 428: a change that does not say what
 * it saw could silently undo someone else's.
 */
export function expectedVersion(bodyVersion: number | undefined, ifMatch: string | undefined): number {
  const fromHeader = ifMatch === undefined ? undefined : parseIfMatch(ifMatch);
  if (bodyVersion !== undefined && fromHeader !== undefined && bodyVersion !== fromHeader) {
    throw new ReferralException(ReferralErrorCode.VersionMismatch, { version: bodyVersion, ifMatch: fromHeader });
  }
  const version = bodyVersion ?? fromHeader;
  if (version === undefined) throw new ReferralException(ReferralErrorCode.VersionRequired);
  return version;
}

function parseIfMatch(value: string): number {
  const match = IF_MATCH.exec(value);
  const digits = match?.[1] ?? match?.[2];
  if (!digits || Number(digits) < 1) throw new ReferralException(ReferralErrorCode.IfMatchInvalid);
  return Number(digits);
}

export function etag(version: number): string {
  return `"${version}"`;
}

/** Sends the version of the resource a route answers with as its ETag, what a later change quotes in `If-Match`. */
@Injectable()
export class VersionEtag implements NestInterceptor<{ version: number }> {
  intercept(context: ExecutionContext, next: CallHandler<{ version: number }>): Observable<{ version: number }> {
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(tap((body) => res.setHeader('ETag', etag(body.version))));
  }
}
