import { AccessScope, ScopeKind } from './access-scope';

/** The column holding each kind of owner in one repository's query, e.g. `{ agency: 'r.agency_id' }`. */
export type ScopeColumns = Readonly<Partial<Record<Exclude<ScopeKind, 'all'>, string>>>;

/** A condition for TypeORM's `qb.andWhere(filter.sql, filter.params)`. */
export interface ScopeFilter {
  sql: string;
  params: Record<string, string>;
}

const COLUMN = /^([a-z_][a-z0-9_]*\.)?[a-z_][a-z0-9_]*$/i;

/**
 * The WHERE condition that confines a query to `scope`. A scope whose column this query does not
 * have matches nothing: an unanticipated combination must fail closed.
 */
export function scopeFilter(scope: AccessScope, columns: ScopeColumns): ScopeFilter {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'none':
      return { sql: 'FALSE', params: {} };
    case 'region':
      return equals(columns.region, 'scopeRegion', scope.region);
    case 'jurisdiction':
      return equals(columns.jurisdiction, 'scopeOfficeId', scope.officeId);
    case 'agency':
      return equals(columns.agency, 'scopeAgencyId', scope.agencyId);
    case 'unit':
      return equals(columns.unit, 'scopeUnitId', scope.unitId);
  }
}

function equals(column: string | undefined, param: string, value: string): ScopeFilter {
  if (column === undefined) return { sql: 'FALSE', params: {} };
  // Column names are code, not input, but they are pasted into SQL: refuse anything but an identifier.
  if (!COLUMN.test(column)) throw new Error(`scopeFilter: "${column}" is not a column name`);
  return { sql: `${column} = :${param}`, params: { [param]: value } };
}
