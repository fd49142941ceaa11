import { ProjectionTable } from './read-model';

/** How a dimension is read from the facts, and under which column the cube stores it. */
export interface CubeDimension {
  column: string;
  /** SQL over the facts row `f` (and the lateral joins). */
  expr: string;
  /** For a multi-valued attribute: the lateral join that yields one row per value. */
  lateral?: string;
  /** For a single-valued attribute of another table: the join that brings it in (only when asked for). */
  join?: (t: TableRef) => string;
  /** Rough number of levels, to prefer the smallest cuboid that answers a query. */
  cardinality: number;
}

/** SQL naming a table of the schema being read or written (the live read model or the rebuild's shadow). */
export type TableRef = (table: ProjectionTable) => string;

export interface CubeSpec {
  name: 'victims' | 'referrals' | 'acceptance' | 'persons' | 'judgments';
  table: ProjectionTable;
  /**
   * The facts, read as `f`: a table with a stored `month`, or the SQL of a derived table with a
   * `month` column (a UNION ALL of simple branches, so that conditions reach each branch's indexes).
   */
  facts: ProjectionTable | ((t: TableRef) => string);
  /** The instant that places a fact in a period, and the facts that count at all. */
  time: string;
  filter: string;
  dimensions: Record<string, CubeDimension>;
  /** Stored column -> aggregate over the facts. */
  measures: Record<string, string>;
  /** The dimension sets precomputed by month; any other set is counted from the facts. */
  cuboids: readonly (readonly string[])[];
}

const STATUS = `CASE
  WHEN f.closed_at IS NOT NULL THEN 'closed'
  WHEN f.declined_at IS NOT NULL THEN 'declined'
  WHEN f.accepted_at IS NOT NULL THEN 'accepted'
  WHEN f.escalated_at IS NOT NULL THEN 'escalated'
  WHEN f.acknowledged_at IS NOT NULL THEN 'acknowledged'
  ELSE 'pending' END`;

/**
 * Accepted without missing a deadline: acknowledged (if at all) by the acknowledgement deadline,
 * and accepted by the acceptance deadline the acknowledgement set (or, without one, the first).
 */
export const ACCEPTED_IN_TIME = `f.accepted_at IS NOT NULL
  AND (f.acknowledged_at IS NULL OR f.acknowledged_at <= f.ack_due_by)
  AND f.accepted_at <= COALESCE(f.accept_due_by, f.ack_due_by)`;

/** Whole hours from identification to acceptance (floored; never negative despite clock skew). */
export const HOURS_TO_ACCEPTANCE = `GREATEST(0, FLOOR(EXTRACT(EPOCH FROM (f.accepted_at - f.identified_at)) / 3600))::int`;

const plain = (column: string, cardinality: number, expr = `f.${column}`): CubeDimension => ({ column, expr, cardinality });

export const VICTIMS_CUBE: CubeSpec = {
  name: 'victims',
  table: 'victim_cube',
  facts: 'identification_facts',
  time: 'f.identified_at',
  filter: 'f.identified_at IS NOT NULL',
  dimensions: {
    region: plain('region', 20),
    sex: plain('sex', 3),
    ageGroup: plain('age_group', 10),
    minor: plain('minor', 2),
    institution: plain('institution', 4),
    assessment: plain('assessment', 2),
    trafficking: plain('trafficking', 2),
    nationality: { column: 'nationality', expr: 'nat.v', lateral: 'CROSS JOIN LATERAL unnest(f.nationalities) AS nat(v)', cardinality: 30 },
    form: { column: 'form', expr: 'frm.v', lateral: 'CROSS JOIN LATERAL unnest(f.forms) AS frm(v)', cardinality: 13 },
    // The UNODC questionnaire's own forms (a person counts once per GLOTIP form).
    glotipForm: { column: 'glotip_form', expr: 'gf.v', lateral: 'CROSS JOIN LATERAL unnest(f.glotip_forms) AS gf(v)', cardinality: 6 },
  },
  measures: { n: 'count(*)' },
  // Appended only: stored rows are tagged with their cuboid's position.
  cuboids: [
    ['region', 'sex', 'ageGroup', 'minor', 'trafficking'],
    ['region', 'institution', 'assessment', 'sex', 'minor'],
    ['form', 'sex', 'ageGroup', 'minor'],
    ['form', 'region', 'assessment'],
    ['nationality', 'sex', 'ageGroup', 'minor'],
    ['nationality', 'form', 'institution'],
    ['nationality', 'region', 'sex'],
    ['glotipForm', 'sex', 'minor'],
  ],
};

const referralDimensions: Record<string, CubeDimension> = {
  need: plain('need', 11),
  agencyType: plain('agency_type', 15),
  region: plain('region', 20),
  sex: plain('sex', 3),
  ageGroup: plain('age_group', 10),
  minor: plain('minor', 2),
  urgent: plain('urgent', 2),
  status: plain('status', 6, STATUS),
  // A referral is declined at most once (a decline re-routes to a new referral); `none` otherwise.
  declineReason: plain('decline_reason', 6, "COALESCE(f.decline_reason, 'none')"),
};

export const REFERRALS_CUBE: CubeSpec = {
  name: 'referrals',
  table: 'referral_cube',
  facts: 'referral_facts',
  time: 'f.created_at',
  filter: 'f.created_at IS NOT NULL',
  dimensions: referralDimensions,
  measures: {
    n: 'count(*)',
    accepted: 'count(*) FILTER (WHERE f.accepted_at IS NOT NULL)',
    declined: 'count(*) FILTER (WHERE f.declined_at IS NOT NULL)',
    escalated: 'count(*) FILTER (WHERE f.escalated_at IS NOT NULL)',
    overdue: 'count(*) FILTER (WHERE f.overdue_at IS NOT NULL)',
    closed: 'count(*) FILTER (WHERE f.closed_at IS NOT NULL)',
    accepted_in_time: `count(*) FILTER (WHERE ${ACCEPTED_IN_TIME})`,
  },
  cuboids: [
    ['need', 'status', 'urgent', 'minor', 'sex'],
    ['agencyType', 'need', 'status'],
    ['region', 'sex', 'minor', 'status', 'urgent'],
    ['region', 'need'],
    ['sex', 'ageGroup', 'minor', 'need'],
    // Declines by reason, with the need and the region they can be filtered or broken down by.
    ['declineReason', 'need', 'region'],
  ],
};

/** The distribution of hours to acceptance, for medians and percentiles that stay exact. */
export const ACCEPTANCE_CUBE: CubeSpec = {
  name: 'acceptance',
  table: 'acceptance_cube',
  facts: 'referral_facts',
  time: 'f.created_at',
  filter: 'f.created_at IS NOT NULL AND f.accepted_at IS NOT NULL AND f.identified_at IS NOT NULL',
  dimensions: { ...referralDimensions, hours: plain('hours', 200, HOURS_TO_ACCEPTANCE) },
  measures: { n: 'count(*)' },
  // Only a few: each multiplies by the distinct hours, and a fine histogram is nearly as large as the
  // facts. Region x sex x minor is the usual disaggregation of protection figures (by place, sex and age).
  cuboids: [
    ['need', 'hours'], ['region', 'hours'], ['sex', 'minor', 'hours'], ['agencyType', 'hours'], ['urgent', 'need', 'hours'], ['need', 'status', 'hours'],
    ['region', 'sex', 'minor', 'hours'],
  ],
};

/**
 * One row per person and GLOTIP / UN-CTS stage reached, in the month of that stage's own date:
 * recorded as defendant (formal contact), charged, then the first-instance verdict (convicted,
 * acquitted or another outcome, which no measure counts). `iccs` is the codes charged (or of the
 * verdict).
 */
const personStages = (t: TableRef) => `
  SELECT d.added_at AS at, d.added_month AS month, 'formalContact'::text AS stage, d.sex, d.nationality, d.charged_iccs AS iccs, d.case_id
    FROM ${t('defendant_facts')} d WHERE d.added_at IS NOT NULL
  UNION ALL
  SELECT d.charged_at, d.charged_month, 'prosecuted'::text, d.sex, d.nationality, d.charged_iccs, d.case_id
    FROM ${t('defendant_facts')} d WHERE d.charged_at IS NOT NULL
  UNION ALL
  SELECT v.rendered_at, v.month, v.outcome, v.sex, v.nationality, v.iccs, v.case_id
    FROM ${t('verdict_facts')} v WHERE v.instance = 'first'`;

/** Persons at each stage, each counted in the period of its own date (`n`: brought into formal contact). */
export const PERSONS_CUBE: CubeSpec = {
  name: 'persons',
  table: 'person_cube',
  facts: personStages,
  time: 'f.at',
  filter: 'f.at IS NOT NULL',
  dimensions: {
    sex: plain('sex', 3, "COALESCE(f.sex, 'unknown')"),
    nationality: plain('nationality', 30, "COALESCE(f.nationality, 'unknown')"),
    // A person counts once per code charged; `none` before any charge.
    iccs: { column: 'iccs', expr: 'code.iccs', lateral: "CROSS JOIN LATERAL unnest(COALESCE(NULLIF(f.iccs, '{}'), ARRAY['none'])) AS code(iccs)", cardinality: 10 },
    // Any code charged (or of the verdict) is trafficking in persons, ICCS 0204: the GLOTIP count, once per person.
    trafficking: plain('trafficking', 2, "EXISTS (SELECT 1 FROM unnest(f.iccs) AS c(iccs) WHERE c.iccs LIKE '0204%')"),
    // The office now holding the person's case (a transfer moves its figures): in no cuboid, so an
    // office's figures are always counted from the facts and follow transfers at once.
    office: { column: 'office_id', expr: "COALESCE(oc.office_id, 'unknown')", join: (t) => `LEFT JOIN ${t('case_facts')} oc ON oc.case_id = f.case_id`, cardinality: 60 },
  },
  measures: {
    n: "count(*) FILTER (WHERE f.stage = 'formalContact')",
    prosecuted: "count(*) FILTER (WHERE f.stage = 'prosecuted')",
    convicted: "count(*) FILTER (WHERE f.stage = 'convicted')",
    acquitted: "count(*) FILTER (WHERE f.stage = 'acquitted')",
  },
  cuboids: [['sex', 'nationality'], ['sex', 'nationality', 'iccs'], ['sex', 'nationality', 'trafficking']],
};

/**
 * The distribution of whole days from identification to first judgment, by month of the judgment
 * (`judgment_facts`: one row per victim judged, kept up to date by the refresh).
 */
export const JUDGMENTS_CUBE: CubeSpec = {
  name: 'judgments',
  table: 'judgment_cube',
  facts: 'judgment_facts',
  time: 'f.judged_at',
  filter: 'f.judged_at IS NOT NULL',
  dimensions: {
    region: plain('region', 20, "COALESCE(f.region, 'unknown')"),
    sex: plain('sex', 3),
    minor: plain('minor', 2),
    days: plain('days', 500),
    // The office of the case that gave the first judgment; in no cuboid (see persons).
    office: plain('office_id', 60, "COALESCE(f.office_id, 'unknown')"),
  },
  measures: { n: 'count(*)' },
  // Judged victims are few: one cuboid with every dimension is smaller than the facts it sums.
  cuboids: [['region', 'sex', 'minor', 'days']],
};

export const CUBES = [VICTIMS_CUBE, REFERRALS_CUBE, ACCEPTANCE_CUBE, PERSONS_CUBE, JUDGMENTS_CUBE] as const;

/**
 * The smallest precomputed dimension set that holds all of `dimensions`, if any. A cuboid with a
 * multi-valued dimension (form, nationality) counts a person once per value, so it can only
 * answer queries that group by that dimension too: summing it away would count people twice.
 */
export function chooseCuboid(spec: CubeSpec, dimensions: readonly string[]): number | undefined {
  let best: { index: number; size: number } | undefined;
  spec.cuboids.forEach((cuboid, index) => {
    if (!dimensions.every((d) => cuboid.includes(d))) return;
    if (cuboid.some((d) => spec.dimensions[d].lateral && !dimensions.includes(d))) return;
    const size = cuboid.reduce((p, d) => p * spec.dimensions[d].cardinality, 1);
    if (!best || size < best.size) best = { index, size };
  });
  return best?.index;
}
