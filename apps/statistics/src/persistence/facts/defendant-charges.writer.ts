import { DefendantChargedV1 } from '@relais/contracts';
import { sql } from 'kysely';
import { factsOf, least, Target, write } from './fact-sql';

/** Each charge of a defendant, with the first time it was brought. */
export async function charged(to: Target, d: DefendantChargedV1): Promise<void> {
  const ids = d.charges.map((c) => c.chargeId);
  const offences = d.charges.map((c) => c.offence);
  const iccs = d.charges.map((c) => c.iccs);
  await write(
    to,
    factsOf(to)
      .insertInto('defendant_charges')
      .columns(['defendant_id', 'charge_id', 'case_id', 'offence', 'iccs', 'charged_at'])
      .expression(
        sql`SELECT ${d.defendantId}, c.charge_id, ${d.caseId}, c.offence, c.iccs, ${d.chargedAt}
              FROM unnest(${ids}::uuid[], ${offences}::text[], ${iccs}::text[]) AS c(charge_id, offence, iccs)`,
      )
      .onConflict((oc) => oc.columns(['defendant_id', 'charge_id']).doUpdateSet({ charged_at: least('defendant_charges', 'charged_at') })),
  );
}
