import { ArgumentsHost, ConflictException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { defineErrors } from '@relais/contracts';
import { runWithContext } from '@relais/observability';
import { ValidationError } from 'class-validator';
import { Logger } from 'pino';
import { registerMessages } from '../i18n/messages';
import { HttpErrorFilter } from './http-error.filter';
import { RequestValidationException } from './validation-errors';

enum ShopErrorCode {
  StaleVersion = 'SHOP_STALE_VERSION',
  ProviderDown = 'SHOP_PROVIDER_DOWN',
}
const ShopErrors = defineErrors<ShopErrorCode>('shop', { [ShopErrorCode.StaleVersion]: 409, [ShopErrorCode.ProviderDown]: 503 });
class ShopException extends ShopErrors.Exception {}

registerMessages({
  fr: { 'errors.SHOP_STALE_VERSION': 'La commande {id} a changé (version {currentVersion}).', 'errors.SHOP_PROVIDER_DOWN': 'Fournisseur indisponible.' },
  en: { 'errors.SHOP_STALE_VERSION': 'Order {id} has changed (version {currentVersion}).', 'errors.SHOP_PROVIDER_DOWN': 'Provider unavailable.' },
});

function setup() {
  const logger = { error: jest.fn(), warn: jest.fn() };
  const response = { status: jest.fn(), json: jest.fn(), setHeader: jest.fn(), headersSent: false };
  response.status.mockReturnValue(response);
  const host = (type = 'http') => ({ getType: () => type, switchToHttp: () => ({ getResponse: () => response }) }) as unknown as ArgumentsHost;
  return { filter: new HttpErrorFilter(logger as unknown as Logger), logger, response, host };
}

const inRequest = <T>(language: 'fr' | 'en', fn: () => T): T => runWithContext({ correlationId: 'corr-1', language }, fn);

describe('HttpErrorFilter', () => {
  it("answers a service's domain refusal with the status of its table, its code, its params and the caller's language", () => {
    const { filter, logger } = setup();
    const error = new ShopException(ShopErrorCode.StaleVersion, { id: 'o-1', currentVersion: 4 });
    expect(inRequest('en', () => filter.toBody(error))).toEqual({
      statusCode: 409,
      code: 'SHOP_STALE_VERSION',
      message: 'Order o-1 has changed (version 4).',
      correlationId: 'corr-1',
      details: { id: 'o-1', currentVersion: 4 },
    });
    expect(inRequest('fr', () => filter.toBody(error)).message).toBe('La commande o-1 a changé (version 4).');
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('leaves details out when a refusal has no params', () => {
    const { filter } = setup();
    expect(inRequest('en', () => filter.toBody(new ShopException(ShopErrorCode.StaleVersion)))).not.toHaveProperty('details');
  });

  it('answers invalid input with a field-by-field 400', () => {
    const { filter } = setup();
    const failure = Object.assign(new ValidationError(), { property: 'name', constraints: { isNotEmpty: 'name should not be empty' }, children: [] });
    const body = inRequest('en', () => filter.toBody(new RequestValidationException([failure])));
    expect(body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', correlationId: 'corr-1', errors: [{ field: 'name', code: 'isNotEmpty' }] });
    expect(body.errors).toHaveLength(1);
  });

  it("answers Nest's own HTTP errors with a code from their status, or the code they declare", () => {
    const { filter } = setup();
    expect(inRequest('en', () => filter.toBody(new NotFoundException()))).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: 'Resource not found.' });
    expect(inRequest('en', () => filter.toBody(new ConflictException({ code: 'IDEMPOTENCY_KEY_INVALID' })))).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_KEY_INVALID' });
  });

  it('answers a database away for a moment with 503, and anything unexpected with a logged 500 without details', () => {
    const { filter, logger } = setup();
    expect(inRequest('en', () => filter.toBody(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })))).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    const body = inRequest('en', () => filter.toBody(new TypeError('x is undefined')));
    expect(body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal error. Give the correlation id corr-1 to support.', correlationId: 'corr-1' });
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('writes the body with its status, and asks to retry after a 503 refusal', () => {
    const { filter, response, host } = setup();
    inRequest('en', () => filter.catch(new ShopException(ShopErrorCode.ProviderDown), host()));
    expect(response.status).toHaveBeenCalledWith(503);
    expect(response.setHeader).toHaveBeenCalledWith('Retry-After', '5');
    expect(response.json).toHaveBeenCalledWith(expect.objectContaining({ statusCode: 503, code: 'SHOP_PROVIDER_DOWN', message: 'Provider unavailable.' }));
  });

  it("keeps a failed health check's own report, and writes nothing once headers are sent", () => {
    const { filter, response, host } = setup();
    const report = { status: 'error', details: { database: { status: 'down' } } };
    filter.catch(new ServiceUnavailableException(report), host());
    expect(response.json).toHaveBeenCalledWith(report);
    response.json.mockClear();
    response.headersSent = true;
    filter.catch(new ShopException(ShopErrorCode.StaleVersion), host());
    expect(response.json).not.toHaveBeenCalled();
  });

  it('lets errors outside HTTP (messages, events) go to their own handling', () => {
    const { filter, host } = setup();
    const error = new ShopException(ShopErrorCode.StaleVersion);
    expect(() => filter.catch(error, host('rpc'))).toThrow(error);
  });
});
