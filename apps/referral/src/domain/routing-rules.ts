import { Need, NEEDS, OrganisationType } from '@relais/contracts';
import { ReferralErrorCode, ReferralException } from './referral-errors';

export interface AgencyTypePriority {
  type: OrganisationType;
  /** 1 is tried first; equal priorities are ordered by the agencies' current load. */
  priority: number;
}

export interface NeedRule {
  agencyTypes: AgencyTypePriority[];
}

/**
 * Time to acknowledge, then again to accept. The most specific rule applies: need and urgency,
 * then need, then urgency, then the default (neither).
 */
export interface DeadlineRule {
  need?: Need;
  urgent?: boolean;
  acknowledgeMinutes: number;
  acceptMinutes: number;
}

export interface RoutingRules {
  needs: Record<Need, NeedRule>;
  deadlines: DeadlineRule[];
}

/** One immutable version of the rules; editing makes the next version. */
export interface RoutingRulesVersion {
  version: number;
  rules: RoutingRules;
  /** `file:routing-rules.json@2026.1`, or `api`. */
  source: string;
  createdBy: string;
  createdAt: Date;
}

export type DeadlinePhase = 'acknowledge' | 'accept';

export function deadlineMinutes(rules: RoutingRules, need: Need, urgent: boolean, phase: DeadlinePhase): number {
  const rule = mostSpecific(rules.deadlines, need, urgent);
  return phase === 'acknowledge' ? rule.acknowledgeMinutes : rule.acceptMinutes;
}

export function dueAt(from: Date, minutes: number): Date {
  return new Date(from.getTime() + minutes * 60_000);
}

function mostSpecific(rules: DeadlineRule[], need: Need, urgent: boolean): DeadlineRule {
  const matching = rules.filter((r) => (r.need === undefined || r.need === need) && (r.urgent === undefined || r.urgent === urgent));
  const score = (r: DeadlineRule) => (r.need !== undefined ? 2 : 0) + (r.urgent !== undefined ? 1 : 0);
  const best = matching.sort((a, b) => score(b) - score(a))[0];
  // validateRules guarantees a default rule, so this only fires on rules that skipped validation.
  if (!best) throw new Error(`routing rules have no deadline for ${need}`);
  return best;
}

/**
 * What the shape of the rules (checked field by field at the HTTP edge) cannot say: one default
 * deadline, no two deadlines for the same case, no agency type listed twice for a need.
 */
export function validateRules(rules: RoutingRules): void {
  const problems: string[] = [];
  const defaults = rules.deadlines.filter((r) => r.need === undefined && r.urgent === undefined);
  if (defaults.length !== 1) problems.push('deadlines: exactly one default rule (without need and urgent) is required');
  const seen = new Set<string>();
  for (const r of rules.deadlines) {
    const key = `${r.need ?? '*'}/${r.urgent ?? '*'}`;
    if (seen.has(key)) problems.push(`deadlines: more than one rule for need ${r.need ?? 'any'}, urgent ${r.urgent ?? 'any'}`);
    seen.add(key);
  }
  for (const need of NEEDS) {
    const rule = rules.needs[need];
    if (!rule) {
      problems.push(`needs.${need}: missing`);
      continue;
    }
    const types = rule.agencyTypes.map((t) => t.type);
    if (new Set(types).size !== types.length) problems.push(`needs.${need}.agencyTypes: a type is listed twice`);
  }
  if (problems.length) throw new ReferralException(ReferralErrorCode.RulesInvalid, { problems });
}
