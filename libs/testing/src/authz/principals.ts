import { Principal, Role, ROLES } from '@relais/auth';
import fc from 'fast-check';

/**
 * The owners a test world's resources belong to. Generated principals draw their claims from
 * these, from one value the world never uses (a real claim pointing nowhere) and from nothing (a
 * token lacking the claim), since each of the three has let data through in some system or other.
 */
export interface ClaimWorld {
  units?: readonly string[];
  regions?: readonly string[];
  agencies?: readonly string[];
  offices?: readonly string[];
}

export const UNKNOWN_CLAIM = {
  unitId: 'unit-nowhere',
  region: 'region-nowhere',
  agencyId: 'agency-nowhere',
  jurisdiction: 'office-nowhere',
} as const;

function claim(values: readonly string[] | undefined, unknown: string): fc.Arbitrary<string | undefined> {
  return fc.option(fc.constantFrom(...(values ?? []), unknown), { nil: undefined, freq: 4 });
}

/**
 * Any caller: one role from the real list (Relais' roles do not combine in practice, and the
 * services give a combination its broadest scope only, which a per-role oracle would not model),
 * with every claim drawn independently of the role, so an officer may carry an `agencyId` and a
 * prosecutor a `unitId`: claims that do not belong to the role must open nothing.
 */
export function principals(world: ClaimWorld, roles: readonly Role[] = ROLES): fc.Arbitrary<Principal> {
  return fc
    .record({
      role: fc.constantFrom(...roles),
      unitId: claim(world.units, UNKNOWN_CLAIM.unitId),
      region: claim(world.regions, UNKNOWN_CLAIM.region),
      agencyId: claim(world.agencies, UNKNOWN_CLAIM.agencyId),
      jurisdiction: claim(world.offices, UNKNOWN_CLAIM.jurisdiction),
      n: fc.nat({ max: 9999 }),
    })
    .map(({ role, n, ...claims }) => ({
      sub: `matrix-${role}-${n}`,
      roles: [role],
      ...Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined)),
    }));
}

/**
 * Half the callers from any role, half from `focus`, the roles that can see some of these
 * resources: random claims rarely match the world, and the matches are where a leak or a wrongful
 * refusal would show.
 */
export function callers(world: ClaimWorld, focus: readonly Role[]): fc.Arbitrary<Principal> {
  return fc.oneof(principals(world), principals(world, focus));
}

/** Modest: each run makes a handful of real HTTP reads on a shared 2-core machine. */
export const MATRIX_RUNS = 50;
