import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@relais/auth';
import { currentLanguage, DomainException, FieldError, localizeValidationErrors, RequestValidationException, ROOT_LOGGER } from '@relais/platform';
import { Logger } from 'pino';
import { NewIdentification } from '../domain/new-identification';
import { reporterOf } from '../domain/reporter';
import { violationException } from './rule-violations';
import { SubmitIdentification } from './submit-identification';

export const BATCH_MAX_ITEMS = 100;

/**
 * Reads one raw item as an identification, by the same rules as a single submission's body, or
 * throws RequestValidationException naming every bad field. The caller brings it: those rules
 * are the API's, and this use case only knows the identification they produce.
 */
export type BatchItemParser = (item: object) => Promise<NewIdentification>;

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

  async execute(principal: Principal, items: object[], parse: BatchItemParser): Promise<BatchItemResult[]> {
    reporterOf(principal);
    const results: BatchItemResult[] = [];
    for (const [index, item] of items.entries()) results.push(await this.one(principal, index, item, parse));
    return results;
  }

  private async one(principal: Principal, index: number, item: object, parse: BatchItemParser): Promise<BatchItemResult> {
    try {
      const body = await parse(item);
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
