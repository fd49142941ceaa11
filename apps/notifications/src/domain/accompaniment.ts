/**
 * Which agencies accompany a victim of a case, so that they hear of its hearings and judgment.
 * Facts arrive from two topics in any order (a referral's acceptance may be read after the
 * hearing it makes relevant), so the answer is computed from timestamps, not from arrival order:
 * whichever fact arrives last triggers the notification, and the delivery's unique key makes the
 * other path a no-op.
 */

/** One referral as the projection knows it: accepted and closed times, each known or not yet. */
export interface Holding {
  agencyId: string;
  acceptedAt: Date | null;
  closedAt: Date | null;
}

/** A hearing or judgment that accompanying agencies are told of. */
export type CaseNotice =
  | { kind: 'hearing'; occurredAt: Date; hearingAt: Date }
  | { kind: 'judgment'; occurredAt: Date };

/**
 * An agency is told of a notice when its referral was accepted and had not been closed before
 * the notice occurred; of a hearing only if it accepted before the hearing took place (a past
 * hearing is no use to prepare for). A judgment stays relevant to an agency that accepts later:
 * compensation and protection follow from it.
 */
export function accompanies(holding: Holding, notice: CaseNotice): boolean {
  if (!holding.acceptedAt) return false;
  if (holding.closedAt && holding.closedAt.getTime() <= notice.occurredAt.getTime()) return false;
  if (notice.kind === 'hearing' && holding.acceptedAt.getTime() >= notice.hearingAt.getTime()) return false;
  return true;
}

/** The distinct agencies among `holdings` that accompany a victim for `notice`. */
export function accompanyingAgencies(holdings: readonly Holding[], notice: CaseNotice): string[] {
  return [...new Set(holdings.filter((h) => accompanies(h, notice)).map((h) => h.agencyId))].sort();
}
