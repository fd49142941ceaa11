import {
  AGE_BANDS, CASE_STAGES, EXPLOITATION_FORMS, INSTITUTIONS, NEEDS, ORGANISATION_TYPES, REGIONS, SEXES,
} from '@relais/contracts';
import { DataSource } from 'typeorm';
import { glotipCategory } from '../src/domain/trafficking';

/** Nationalities drawn for the 10 % of victims who are not Malian (West Africa mostly). */
const FOREIGN = ['BF', 'NE', 'GN', 'CI', 'SN', 'MR', 'DZ', 'NG', 'GH', 'TG', 'BJ', 'GM', 'SL', 'LR', 'CM'];

/**
 * Fills the read model with synthetic facts by bulk SQL (not through Kafka): identifications
 * spread over six years, each with 1 to 3 referrals, 40 % of them in cases of two victims with one
 * or two defendants. Dimension values are drawn uniformly: the worst case for the monthly totals,
 * which then hold nearly every combination. Rows are written in time order, as the projections
 * write them when events arrive. Returns the row counts.
 */
export async function loadReadModel(ds: DataSource, identifications: number): Promise<Record<string, number>> {
  await ds.query('SELECT setseed(0.2026)');
  const mapped = EXPLOITATION_FORMS.filter((f) => glotipCategory(f) !== null);
  const pick = (param: number, length: number) => `($${param}::text[])[1 + floor(random() * ${length})::int]`;
  await ds.query(
    `INSERT INTO identification_facts (identification_id, identified_at, identified_event, institution, sex, age_group, minor,
       nationalities, region, forms, needs, assessment, trafficking, glotip_forms, attrs_as_of, attrs_event, consent_withdrawn, consent_as_of, consent_event)
     SELECT id, at, id, institution, sex, age_group,
            age_group IN ('0-8', '9-17') OR (age_group = 'unknown' AND random() < 0.3),
            nationalities, region, forms, '{}', assessment, cardinality(glotip) > 0, glotip,
            at, id, false, at, id
       FROM (SELECT *, ARRAY(SELECT DISTINCT m.g FROM unnest(forms) AS u(f) JOIN unnest($8::text[], $9::text[]) AS m(f, g) ON m.f = u.f ORDER BY 1) AS glotip FROM (
         SELECT gen_random_uuid() AS id,
                timestamptz '2020-01-01 00:00:00+00' + random() * interval '2191 days' AS at,
                ${pick(1, INSTITUTIONS.length)} AS institution,
                ${pick(2, SEXES.length)} AS sex,
                ${pick(3, AGE_BANDS.length)} AS age_group,
                CASE WHEN random() < 0.9 THEN ARRAY['ML']
                     WHEN random() < 0.7 THEN ARRAY[${pick(4, FOREIGN.length)}]
                     ELSE ARRAY(SELECT DISTINCT unnest(ARRAY['ML', ${pick(4, FOREIGN.length)}]) ORDER BY 1) END AS nationalities,
                ${pick(5, REGIONS.length)} AS region,
                CASE WHEN random() < 0.9 THEN ARRAY[${pick(6, EXPLOITATION_FORMS.length)}]
                     ELSE ARRAY(SELECT DISTINCT unnest(ARRAY[${pick(6, EXPLOITATION_FORMS.length)}, ${pick(6, EXPLOITATION_FORMS.length)}]) ORDER BY 1) END AS forms,
                CASE WHEN random() < 0.6 THEN 'PossibleVictimOfTrafficking' ELSE 'ActualVictimOfTrafficking' END AS assessment,
                g
           FROM generate_series(1, $7::int) AS g) s) drawn
      ORDER BY at`,
    [INSTITUTIONS, SEXES, AGE_BANDS, FOREIGN, REGIONS, EXPLOITATION_FORMS, identifications, mapped, mapped.map(glotipCategory)],
  );

  // Referrals: 1 to 3 per identification, lifecycles drawn so that every indicator has material.
  await ds.query(
    `INSERT INTO referral_facts (referral_id, identification_id, need, created_event, created_at, agency_type, region, sex, age_group,
       minor, urgent, ack_due_by, rerouted, acknowledged_at, accept_due_by, ack_event, accepted_at, declined_at, decline_reason,
       decline_event, escalated_at, overdue_at, closed_at, outcome, closed_event, identified_at)
     SELECT r.id, r.identification_id, r.need, r.id, r.created_at, r.agency_type, r.region, r.sex, r.age_group, r.minor, r.urgent,
            r.created_at + interval '24 hours', false,
            r.ack_at, r.ack_at + interval '48 hours', CASE WHEN r.ack_at IS NOT NULL THEN r.id END,
            r.accepted_at, r.declined_at, CASE WHEN r.declined_at IS NOT NULL THEN 'noCapacity' END, CASE WHEN r.declined_at IS NOT NULL THEN r.id END,
            r.escalated_at, CASE WHEN r.escalated_at IS NOT NULL AND r.lottery < 0.5 THEN r.escalated_at END,
            CASE WHEN r.accepted_at IS NOT NULL AND r.lottery < 0.5 THEN r.accepted_at + interval '30 days' END,
            CASE WHEN r.accepted_at IS NOT NULL AND r.lottery < 0.5 THEN 'serviceProvided' END,
            CASE WHEN r.accepted_at IS NOT NULL AND r.lottery < 0.5 THEN r.id END,
            r.identified_at
       FROM (
         SELECT gen_random_uuid() AS id, i.identification_id, i.identified_at, i.region, i.sex, i.age_group, i.minor,
                ${pick(1, NEEDS.length)} AS need, ${pick(2, ORGANISATION_TYPES.length)} AS agency_type, random() < 0.2 AS urgent,
                i.identified_at + random() * interval '48 hours' AS created_at,
                CASE WHEN o.outcome < 0.9 THEN i.identified_at + interval '48 hours' + random() * interval '30 hours' END AS ack_at,
                CASE WHEN o.outcome < 0.7 THEN i.identified_at + interval '78 hours' + random() * interval '96 hours' END AS accepted_at,
                CASE WHEN o.outcome >= 0.7 AND o.outcome < 0.85 THEN i.identified_at + interval '60 hours' END AS declined_at,
                CASE WHEN o.outcome >= 0.8 THEN i.identified_at + interval '72 hours' END AS escalated_at,
                random() AS lottery
           FROM identification_facts i
           CROSS JOIN LATERAL generate_series(1, 1 + get_byte(uuid_send(i.identification_id), 0) % 3) AS n
           CROSS JOIN LATERAL (SELECT random() + 0 * n AS outcome) AS o) r
      ORDER BY r.created_at`,
    [NEEDS, ORGANISATION_TYPES],
  );
  await ds.query(
    `INSERT INTO escalation_facts (escalation_id, referral_id, identification_id, need, region, urgent, cause, escalated_at)
     SELECT gen_random_uuid(), referral_id, identification_id, need, region, urgent, CASE WHEN overdue_at IS NOT NULL THEN 'deadlineMissed' ELSE 'declined' END, escalated_at
       FROM referral_facts WHERE escalated_at IS NOT NULL`,
  );

  // Cases: 40 % of identifications, two victims per case, opened a week after the first.
  await ds.query(
    `CREATE TEMP TABLE bench_case_victims AS
     SELECT md5('case' || ((row_number() OVER (ORDER BY identified_at) + 1) / 2))::uuid AS case_id, identification_id, identified_at, region
       FROM identification_facts WHERE get_byte(uuid_send(identification_id), 1) < 102`,
  );
  await ds.query(
    `INSERT INTO case_facts (case_id, opened_event, opened_at, region, opened_from, office_id, office_as_of, office_event, stage, stage_as_of, stage_event)
     SELECT case_id, case_id, min(identified_at) + interval '7 days', min(region), 'identification', 'parquet-' || min(region),
            min(identified_at) + interval '7 days', case_id, ($1::text[])[1 + floor(random() * ${CASE_STAGES.length})::int],
            min(identified_at) + interval '30 days', case_id
       FROM bench_case_victims GROUP BY case_id ORDER BY min(identified_at)`,
    [CASE_STAGES],
  );
  await ds.query(`INSERT INTO case_victims (case_id, identification_id, linked_at) SELECT case_id, identification_id, identified_at + interval '7 days' FROM bench_case_victims`);
  await ds.query(
    `INSERT INTO defendant_facts (defendant_id, case_id, added_event, added_at, sex, nationality, role, in_custody, charged_at)
     SELECT id, case_id, id, opened_at + interval '2 days', CASE WHEN random() < 0.7 THEN 'male' ELSE 'female' END,
            CASE WHEN random() < 0.8 THEN 'ML' ELSE ${pick(1, FOREIGN.length)} END, NULL, random() < 0.5,
            CASE WHEN random() < 0.8 THEN opened_at + interval '20 days' END
       FROM (SELECT gen_random_uuid() AS id, c.case_id, c.opened_at FROM case_facts c
               CROSS JOIN LATERAL generate_series(1, 1 + get_byte(uuid_send(c.case_id), 0) % 2) AS n) d
      ORDER BY opened_at`,
    [FOREIGN],
  );
  await ds.query(
    `INSERT INTO defendant_charges (defendant_id, charge_id, case_id, offence, iccs, charged_at)
     SELECT defendant_id, gen_random_uuid(), case_id, 'traffickingForcedLabour', CASE WHEN random() < 0.8 THEN '02042' ELSE '02059' END, charged_at
       FROM defendant_facts WHERE charged_at IS NOT NULL`,
  );
  await ds.query(
    `UPDATE defendant_facts d SET charged_iccs = c.codes
       FROM (SELECT defendant_id, array_agg(DISTINCT iccs ORDER BY iccs) AS codes FROM defendant_charges GROUP BY 1) c
      WHERE c.defendant_id = d.defendant_id`,
  );
  await ds.query(
    `INSERT INTO verdict_facts (defendant_id, instance, judgment_id, case_id, rendered_at, event_id, sex, nationality, outcome, sentence_months, iccs)
     SELECT d.defendant_id, 'first', d.case_id, d.case_id, d.charged_at + interval '200 days', d.defendant_id, d.sex, d.nationality,
            CASE WHEN random() < 0.7 THEN 'convicted' ELSE 'acquitted' END, (random() * 150)::int,
            ARRAY(SELECT c.iccs FROM defendant_charges c WHERE c.defendant_id = d.defendant_id)
       FROM defendant_facts d WHERE d.charged_at IS NOT NULL AND get_byte(uuid_send(d.case_id), 2) < 128
      ORDER BY d.charged_at`,
  );
  await ds.query(
    `UPDATE case_facts c SET first_judgment_at = v.at
       FROM (SELECT case_id, min(rendered_at) AS at FROM verdict_facts WHERE instance = 'first' GROUP BY 1) v
      WHERE v.case_id = c.case_id`,
  );
  await ds.query(
    `INSERT INTO hearing_facts (hearing_id, case_id, kind, at, event_id)
     SELECT gen_random_uuid(), case_id, 'trial', opened_at + interval '100 days', case_id FROM case_facts`,
  );
  const counts: Record<string, number> = {};
  for (const table of ['identification_facts', 'referral_facts', 'escalation_facts', 'case_facts', 'case_victims', 'defendant_facts', 'defendant_charges', 'verdict_facts', 'hearing_facts']) {
    counts[table] = (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  }
  return counts;
}
