import { defineErrors } from '@relais/contracts';
import { NothingPublishedYet } from '../domain/publication';
import { MAX_PROTECTED_CELLS, TableTooDetailed } from '../domain/stat-table';

export enum StatisticsErrorCode {
  TableTooDetailed = 'TABLE_TOO_DETAILED',
  NothingPublishedYet = 'NOTHING_PUBLISHED_YET',
  JurisdictionRequired = 'JURISDICTION_REQUIRED',
  OfficeOutsideJurisdiction = 'OFFICE_OUTSIDE_JURISDICTION',
}

export const StatisticsErrors = defineErrors<StatisticsErrorCode>('statistics', {
  [StatisticsErrorCode.TableTooDetailed]: 400,
  [StatisticsErrorCode.NothingPublishedYet]: 400,
  // As the prosecution service answers a prosecutor about another office.
  [StatisticsErrorCode.JurisdictionRequired]: 403,
  [StatisticsErrorCode.OfficeOutsideJurisdiction]: 403,
});

export class StatisticsException extends StatisticsErrors.Exception {}

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
