import { Principal, Role } from '../principal';

/** Which rows of a service's data a caller may see; repositories turn it into a WHERE clause. */
export type AccessScope =
  | { kind: 'all' }
  | { kind: 'region'; region: string }
  | { kind: 'jurisdiction'; officeId: string }
  | { kind: 'agency'; agencyId: string }
  | { kind: 'unit'; unitId: string }
  | { kind: 'none' };

export type ScopeKind = Exclude<AccessScope['kind'], 'none'>;

/** One per service: the scope each role gets there. A role left out sees nothing. */
export type ScopeRules = Readonly<Partial<Record<Role, ScopeKind>>>;

const NONE: AccessScope = { kind: 'none' };

/** Broadest first. Relais' roles do not combine in practice; when they do, the broadest reach applies. */
const BREADTH: readonly AccessScope['kind'][] = ['all', 'region', 'jurisdiction', 'agency', 'unit', 'none'];

/**
 * The scope of `principal` under a service's rules. A rule whose claim the token lacks (an agency
 * role without agencyId, say) yields nothing rather than everything.
 */
export function accessScope(principal: Principal, rules: ScopeRules): AccessScope {
  return principal.roles
    .map((role) => rules[role])
    .filter((kind): kind is ScopeKind => kind !== undefined)
    .map((kind) => scopeOf(kind, principal))
    .reduce((broadest, scope) => (BREADTH.indexOf(scope.kind) < BREADTH.indexOf(broadest.kind) ? scope : broadest), NONE);
}

function scopeOf(kind: ScopeKind, principal: Principal): AccessScope {
  switch (kind) {
    case 'all':
      return { kind: 'all' };
    case 'region':
      return principal.region ? { kind: 'region', region: principal.region } : NONE;
    case 'jurisdiction':
      return principal.jurisdiction ? { kind: 'jurisdiction', officeId: principal.jurisdiction } : NONE;
    case 'agency':
      return principal.agencyId ? { kind: 'agency', agencyId: principal.agencyId } : NONE;
    case 'unit':
      return principal.unitId ? { kind: 'unit', unitId: principal.unitId } : NONE;
  }
}

/** The scope as an audit `resourceId` for a list read: `unit:<id>`, `region:<code>`, `all`… (never personal). */
export function scopeLabel(scope: AccessScope): string {
  switch (scope.kind) {
    case 'all':
    case 'none':
      return scope.kind;
    case 'region':
      return `region:${scope.region}`;
    case 'jurisdiction':
      return `jurisdiction:${scope.officeId}`;
    case 'agency':
      return `agency:${scope.agencyId}`;
    case 'unit':
      return `unit:${scope.unitId}`;
  }
}
