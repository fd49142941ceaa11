import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainException } from '@relais/platform';
import { NothingPublishedYet } from '../domain/publication';
import { MAX_PROTECTED_CELLS, TableTooDetailed } from '../domain/stat-table';

export enum StatisticsErrorCode {
  TableTooDetailed = 'TABLE_TOO_DETAILED',
  NothingPublishedYet = 'NOTHING_PUBLISHED_YET',
  JurisdictionRequired = 'JURISDICTION_REQUIRED',
  OfficeOutsideJurisdiction = 'OFFICE_OUTSIDE_JURISDICTION',
}

export class StatisticsException extends DomainException<StatisticsErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case StatisticsErrorCode.TableTooDetailed:
      case StatisticsErrorCode.NothingPublishedYet:
        return HttpStatus.BAD_REQUEST;
      // As the prosecution service answers a prosecutor about another office.
      case StatisticsErrorCode.JurisdictionRequired:
      case StatisticsErrorCode.OfficeOutsideJurisdiction:
        return HttpStatus.FORBIDDEN;
      default:
        return assertNever(this.code);
    }
  }
}

/** Turns the domain's refusals into typed HTTP errors; anything else is a real failure. */
export async function mapStatisticsErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TableTooDetailed) {
      throw new StatisticsException(StatisticsErrorCode.TableTooDetailed, { cells: error.cells, max: MAX_PROTECTED_CELLS });
    }
    if (error instanceof NothingPublishedYet) {
      throw new StatisticsException(StatisticsErrorCode.NothingPublishedYet, { publishedUpTo: error.publishedUpTo });
    }
    throw error;
  }
}
