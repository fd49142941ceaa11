import { Need, Region, Sex } from '@relais/contracts';
import { acceptsPerson, Agency, hasBedFor, isLocalTo, isNational } from './agency';
import { speaksAny } from './languages';
import { RoutingRules } from './routing-rules';

export interface RequestedNeed {
  need: Need;
  urgent: boolean;
  /** Whether consent allows referring this need (the policy below adds its exceptions). */
  referralConsented: boolean;
}

/** What routing knows of the person: coarse attributes only, never who they are. */
export interface RoutingSubject {
  region: Region;
  sex: Sex;
  isMinor: boolean;
  languages: string[];
  needs: RequestedNeed[];
}

/** Open referrals per agency id: among equally suitable agencies, the least busy comes first. */
export type AgencyLoad = ReadonlyMap<string, number>;

export type RoutingDecision =
  | { kind: 'refer'; need: Need; urgent: boolean; agency: Agency }
  | { kind: 'noCandidate'; need: Need; urgent: boolean }
  | { kind: 'notReferred'; need: Need; urgent: boolean; reason: 'noConsent' };

/**
 * The needs to decide on: each need once (urgent if any mention is, consented if any is), and for
 * a child always child protection, listed or not (brief §6: in the child's best interests).
 */
export function effectiveNeeds(subject: Pick<RoutingSubject, 'isMinor' | 'needs'>): RequestedNeed[] {
  const byNeed = new Map<Need, RequestedNeed>();
  for (const n of subject.needs) {
    const seen = byNeed.get(n.need);
    byNeed.set(n.need, seen
      ? { need: n.need, urgent: seen.urgent || n.urgent, referralConsented: seen.referralConsented || n.referralConsented }
      : { ...n });
  }
  if (subject.isMinor && !byNeed.has('childProtection')) {
    byNeed.set('childProtection', { need: 'childProtection', urgent: false, referralConsented: false });
  }
  return [...byNeed.values()];
}

/**
 * A child goes to child protection whatever the consent; an urgent medical need is referred
 * without consent (emergency care); every other need only with consent.
 */
export function mayRefer(subject: Pick<RoutingSubject, 'isMinor'>, need: RequestedNeed): boolean {
  if (subject.isMinor && need.need === 'childProtection') return true;
  if (need.need === 'medical' && need.urgent) return true;
  return need.referralConsented;
}

/**
 * The agencies that could take this need, best first: active, offering the need, of a type the
 * rules allow, covering the region (or the whole country, after every local one), accepting the
 * person's age and sex, with a free bed for shelter, speaking the person's language for
 * interpretation. Ordered by locality, rule priority, shared language when the person needs an
 * interpreter, current load, and id so that the order never depends on the database's.
 */
export function candidatesFor(
  subject: RoutingSubject,
  need: RequestedNeed,
  directory: readonly Agency[],
  rules: RoutingRules,
  load: AgencyLoad,
  exclude: readonly string[] = [],
): Agency[] {
  const priorities = new Map(rules.needs[need.need].agencyTypes.map((t) => [t.type, t.priority]));
  const wantsInterpreter = subject.languages.length > 0 && effectiveNeeds(subject).some((n) => n.need === 'interpretation');
  const eligible = directory.filter(
    (a) =>
      a.active &&
      !exclude.includes(a.id) &&
      a.services.includes(need.need) &&
      priorities.has(a.type) &&
      (isLocalTo(a, subject.region) || isNational(a)) &&
      acceptsPerson(a, subject) &&
      hasBedFor(a, need.need) &&
      (need.need !== 'interpretation' || subject.languages.length === 0 || speaksAny(a.languages, subject.languages)),
  );
  const key = (a: Agency): number[] => [
    isLocalTo(a, subject.region) ? 0 : 1,
    priorities.get(a.type) ?? Number.MAX_SAFE_INTEGER,
    wantsInterpreter && !speaksAny(a.languages, subject.languages) ? 1 : 0,
    load.get(a.id) ?? 0,
  ];
  return eligible.sort((a, b) => compareKeys(key(a), key(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** (identification, directory, rules, load) → one decision per need. Pure: same input, same answer. */
export function route(
  subject: RoutingSubject,
  directory: readonly Agency[],
  rules: RoutingRules,
  load: AgencyLoad,
  exclude: (need: Need) => readonly string[] = () => [],
): RoutingDecision[] {
  return effectiveNeeds(subject).map((need): RoutingDecision => {
    if (!mayRefer(subject, need)) return { kind: 'notReferred', need: need.need, urgent: need.urgent, reason: 'noConsent' };
    const [best] = candidatesFor(subject, need, directory, rules, load, exclude(need.need));
    return best
      ? { kind: 'refer', need: need.need, urgent: need.urgent, agency: best }
      : { kind: 'noCandidate', need: need.need, urgent: need.urgent };
  });
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
