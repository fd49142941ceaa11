import { Request, Response } from 'express';
import { errorBody, negotiateLanguage, registerMessages } from '@relais/platform/edge';
import { runWithContext } from '@relais/observability';
import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';

registerMessages({ fr, en });

/**
 * An error the gateway answers itself, in the services' shape (`statusCode`, `code`, `message`,
 * `correlationId`) and the caller's language, so the web app handles it like any other.
 */
export function answerError(
  req: Request,
  res: Response,
  status: number,
  code: string,
  extra: { params?: Record<string, unknown>; details?: Record<string, unknown> } = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const correlationId = String(res.getHeader('X-Correlation-Id') ?? '');
  const language = negotiateLanguage(req.header('accept-language'));
  const body = runWithContext({ correlationId, language }, () => errorBody(status, code, { ...extra, correlationId }));
  res.status(status).setHeader('Content-Language', language).json(body);
}
