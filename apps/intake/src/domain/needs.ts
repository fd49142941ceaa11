import { IdentifiedNeedV1 } from '@relais/contracts';
import { ConsentState, NeedEntry } from './identification';

/**
 * A child always needs child protection, whatever the officer ticked: the need is added (not
 * urgent unless the officer said so) and cannot be corrected away. Order is kept, duplicates merged
 * (urgent if any entry was).
 */
export function needsFor(requested: NeedEntry[], isMinor: boolean): NeedEntry[] {
  const merged = new Map<string, NeedEntry>();
  for (const entry of requested) {
    const seen = merged.get(entry.need);
    merged.set(entry.need, { need: entry.need, urgent: entry.urgent || (seen?.urgent ?? false) });
  }
  if (isMinor && !merged.has('childProtection')) merged.set('childProtection', { need: 'childProtection', urgent: false });
  return [...merged.values()];
}

/**
 * What the events say about each need. Whether consent allows referral is the person's consent,
 * for every need alike: the exceptions (a child to child protection, urgent medical care) are
 * routing rules, and those live in the referral service.
 */
export function eventNeeds(needs: NeedEntry[], consent: Pick<ConsentState, 'referral'>): IdentifiedNeedV1[] {
  return needs.map((n) => ({ need: n.need, urgent: n.urgent, referralConsented: consent.referral }));
}
