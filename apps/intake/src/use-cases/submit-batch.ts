import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@relais/auth';
import { currentLanguage, DomainException, FieldError, localizeValidationErrors, RequestValidationException, ROOT_LOGGER } from '@relais/platform';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Logger } from 'pino';
import { reporterOf } from '../domain/reporter';
import { CreateIdentificationBody } from '../http/dto/create-identification.body';
import { violationException } from './rule-violations';
import { SubmitIdentification } from './submit-identification';

export const BATCH_MAX_ITEMS = 100;

export interface BatchItemResult {
  index: number;
  /** The HTTP status this item would have had on its own: 201, 200 (replay), 400, 409, 500. */
  status: number;
  id?: string;
  victimRef?: string;
  possibleDuplicateOf?: string;
  code?: string;
  errors?: FieldError[];
}

/**
 * What a station that was offline sends when it reconnects. Each item is validated and recorded
 * on its own, in its own transaction and idempotently, so one bad item never holds back the
 * others and the whole batch can be sent again safely.
 */
@Injectable()
export class SubmitBatch {
  constructor(
    private readonly submit: SubmitIdentification,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async execute(principal: Principal, items: object[]): Promise<BatchItemResult[]> {
    reporterOf(principal);
    const results: BatchItemResult[] = [];
    for (const [index, item] of items.entries()) results.push(await this.one(principal, index, item));
    return results;
  }

  private async one(principal: Principal, index: number, item: object): Promise<BatchItemResult> {
    try {
      const body = plainToInstance(CreateIdentificationBody, item);
      const errors = await validate(body, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: true, value: false } });
      if (errors.length) throw new RequestValidationException(errors);
      if (body.id === undefined) throw violationException([{ path: 'id', code: 'idRequired' }]);
      const result = await this.submit.execute(principal, body.id, body);
      const { id, victimRef, possibleDuplicateOf } = result.body;
      return { index, status: result.status, id, victimRef, ...(possibleDuplicateOf ? { possibleDuplicateOf } : {}) };
    } catch (error) {
      if (error instanceof RequestValidationException) {
        return { index, status: 400, code: 'VALIDATION_FAILED', errors: localizeValidationErrors(error.validationErrors, currentLanguage()) };
      }
      if (error instanceof DomainException) return { index, status: error.httpStatus, code: error.code };
      this.logger.error({ err: error, index }, 'batch item failed unexpectedly');
      return { index, status: 500, code: 'INTERNAL_ERROR' };
    }
  }
}
