import { ReferralEscalatedV1 } from '@relais/contracts';
import { factsOf, Target, write } from './fact-sql';

/**
 * Every escalation is kept, once (those without a referral say a need found no agency at all).
 */
export async function escalated(to: Target, d: ReferralEscalatedV1): Promise<void> {
  await write(
    to,
    factsOf(to)
      .insertInto('escalation_facts')
      .values({
        escalation_id: d.escalationId, referral_id: d.referralId ?? null, identification_id: d.identificationId, need: d.need, region: d.region,
        urgent: d.urgent, cause: d.cause, escalated_at: d.escalatedAt,
      })
      .onConflict((oc) => oc.column('escalation_id').doNothing()),
  );
}
