import { Injectable } from '@nestjs/common';
import {
  CaseMergedV1, CaseOpenedV1, CaseStageChangedV1, CaseTransferredV1, ConsentChangedV1, DefendantAddedV1, DefendantChargedV1,
  HearingScheduledV1, IdentificationCorrectedV1, JudgmentRenderedV1, PersonalDataErasedV1, ReferralAcceptedV1,
  ReferralAcknowledgedV1, ReferralClosedV1, ReferralCreatedV1, ReferralDeclinedV1, ReferralEscalatedV1, VictimIdentifiedV1,
  VictimLinkedV1,
} from '@relais/contracts';
import { EntityManager } from 'typeorm';
import { glotipCategories } from '../domain/trafficking';
import { CubeSpec } from './cube-specs';
import { inSchema, ProjectionTable } from './read-model';
import { earlier, newer, sameOrLaterEvent, takeIf } from './sql-fragments';

/** Where a projection writes: the live read model, or the shadow copy a rebuild fills. */
export interface Target {
  manager: EntityManager;
  schema: string;
  /** Id of the event being applied: the tie-breaker that makes every replay converge the same way. */
  eventId: string;
}

const distinct = (values: readonly string[]) => [...new Set(values)].sort();

/** The attributes intake may correct, replaced together by the newest version. */
const CORRECTABLE = ['region', 'forms', 'needs', 'assessment', 'trafficking', 'glotip_forms', 'attrs_as_of', 'attrs_event'];

/** An upsert, and the months its row falls in (stored month columns) to recount in `cubes`. */
interface Recount {
  schema: string;
  table: ProjectionTable;
  /** Selects the row before the upsert. */
  key: string;
  months: string[];
  cubes: CubeSpec['name'][];
  /** Further data-modifying CTEs that run with it. */
  also?: string;
}

/**
 * Wraps an upsert so that the months its row fell in before and falls in after are recounted: a
 * late or replayed record can move a fact to another month, or change what is counted under it.
 */
function recountMonths(o: Recount, upsert: string): string {
  return `WITH before AS (
       SELECT ${o.months.join(', ')} FROM ${inSchema(o.schema, o.table)} WHERE ${o.key}
     ), up AS (
       ${upsert}
       RETURNING ${o.months.join(', ')}
     )${o.also ? `, ${o.also}` : ''}
     INSERT INTO ${inSchema(o.schema, 'cube_dirty')} (cube, month)
     SELECT DISTINCT c.cube, m.month FROM (SELECT * FROM up UNION ALL SELECT * FROM before) AS r
      CROSS JOIN LATERAL (VALUES ${o.months.map((c) => `(r.${c})`).join(', ')}) AS m(month)
      CROSS JOIN (VALUES ${o.cubes.map((c) => `('${c}')`).join(', ')}) AS c(cube)
      WHERE m.month IS NOT NULL`;
}

/**
 * Applies one event to the read model as an upsert keyed by its aggregate. Every column group
 * carries its own timestamp (and event id), so applying events twice, or in any order across
 * topics and retries, ends in the same rows; the inbox is a second line of defence, not the first.
 */
@Injectable()
export class ProjectionWriter {
  async victimIdentified(to: Target, d: VictimIdentifiedV1): Promise<void> {
    const t = (name: ProjectionTable) => inSchema(to.schema, name);
    const forms = distinct(d.forms);
    await to.manager.query(
      recountMonths(
        {
          schema: to.schema, table: 'identification_facts', key: 'identification_id = $1', months: ['month'], cubes: ['victims'],
          also: `judgment AS (INSERT INTO ${t('judgment_dirty')} (identification_id) VALUES ($1))`,
        },
        `INSERT INTO ${t('identification_facts')} AS t (identification_id, identified_at, identified_event, institution, sex,
           age_group, minor, nationalities, region, forms, needs, assessment, trafficking, glotip_forms, attrs_as_of, attrs_event,
           consent_withdrawn, consent_as_of, consent_event)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $2, $3, false, $2, $3)
         ON CONFLICT (identification_id) DO UPDATE SET
           ${takeIf(sameOrLaterEvent('identified_event'), ['identified_at', 'identified_event', 'institution', 'sex', 'age_group', 'minor', 'nationalities'])},
           ${takeIf(newer('attrs_as_of', 'attrs_event'), CORRECTABLE)},
           ${takeIf(newer('consent_as_of', 'consent_event'), ['consent_withdrawn', 'consent_as_of', 'consent_event'])}`,
      ),
      [
        d.identificationId, d.identifiedAt, to.eventId, d.institution, d.sex, d.ageGroup, d.isMinor, distinct(d.nationalities),
        d.region, forms, distinct(d.needs.map((n) => n.need)), d.assessment, glotipCategories(forms).length > 0, glotipCategories(forms),
      ],
    );
  }

  async identificationCorrected(to: Target, d: IdentificationCorrectedV1): Promise<void> {
    const forms = distinct(d.forms);
    // The region is also that of the victim's time to judgment.
    await to.manager.query(
      `WITH judgment AS (
         INSERT INTO ${inSchema(to.schema, 'judgment_dirty')} (identification_id) VALUES ($1)
       ), up AS (
         INSERT INTO ${inSchema(to.schema, 'identification_facts')} AS t (identification_id, region, forms, needs, assessment, trafficking, glotip_forms, attrs_as_of, attrs_event)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (identification_id) DO UPDATE SET
           ${takeIf(newer('attrs_as_of', 'attrs_event'), CORRECTABLE)}
         RETURNING month)
       INSERT INTO ${inSchema(to.schema, 'cube_dirty')} (cube, month) SELECT 'victims', month FROM up WHERE month IS NOT NULL`,
      [d.identificationId, d.region, forms, distinct(d.needs.map((n) => n.need)), d.assessment, glotipCategories(forms).length > 0, glotipCategories(forms), d.correctedAt, to.eventId],
    );
  }

  async consentChanged(to: Target, d: ConsentChangedV1): Promise<void> {
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'identification_facts')} AS t (identification_id, consent_withdrawn, consent_as_of, consent_event)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (identification_id) DO UPDATE SET
         ${takeIf(newer('consent_as_of', 'consent_event'), ['consent_withdrawn', 'consent_as_of', 'consent_event'])}`,
      [d.identificationId, d.consent.withdrawn, d.changedAt, to.eventId],
    );
  }

  /** Statistics hold nothing personal, so an erasure only records that it happened. */
  async personalDataErased(to: Target, d: PersonalDataErasedV1): Promise<void> {
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'identification_facts')} AS t (identification_id, erased_at)
       SELECT id, $2 FROM unnest($1::uuid[]) AS id
       ON CONFLICT (identification_id) DO UPDATE SET erased_at = LEAST(t.erased_at, EXCLUDED.erased_at)`,
      [distinct(d.identificationIds), d.erasedAt],
    );
  }

  async referralCreated(to: Target, d: ReferralCreatedV1): Promise<void> {
    await this.upsertReferral(
      to,
      ['created_event', 'created_at', 'agency_type', 'region', 'sex', 'age_group', 'minor', 'urgent', 'ack_due_by', 'rerouted'],
      [to.eventId, d.createdAt, d.agencyType, d.region, d.sex, d.ageGroup, d.isMinor, d.urgent, d.dueBy, d.reroutedFrom !== undefined],
      takeIf(sameOrLaterEvent('created_event'), ['created_event', 'created_at', 'agency_type', 'region', 'sex', 'age_group', 'minor', 'urgent', 'ack_due_by', 'rerouted']),
      d,
    );
  }

  async referralAcknowledged(to: Target, d: ReferralAcknowledgedV1): Promise<void> {
    await this.upsertReferral(
      to,
      ['acknowledged_at', 'accept_due_by', 'ack_event'],
      [d.acknowledgedAt, d.dueBy, to.eventId],
      takeIf(earlier('acknowledged_at', 'ack_event'), ['acknowledged_at', 'accept_due_by', 'ack_event']),
      d,
    );
  }

  async referralAccepted(to: Target, d: ReferralAcceptedV1): Promise<void> {
    await this.upsertReferral(to, ['accepted_at'], [d.acceptedAt], 'accepted_at = LEAST(t.accepted_at, EXCLUDED.accepted_at)', d);
  }

  async referralDeclined(to: Target, d: ReferralDeclinedV1): Promise<void> {
    await this.upsertReferral(
      to,
      ['declined_at', 'decline_reason', 'decline_event'],
      [d.declinedAt, d.reason, to.eventId],
      takeIf(earlier('declined_at', 'decline_event'), ['declined_at', 'decline_reason', 'decline_event']),
      d,
    );
  }

  async referralClosed(to: Target, d: ReferralClosedV1): Promise<void> {
    await this.upsertReferral(
      to,
      ['closed_at', 'outcome', 'closed_event'],
      [d.closedAt, d.outcome, to.eventId],
      takeIf(earlier('closed_at', 'closed_event'), ['closed_at', 'outcome', 'closed_event']),
      d,
    );
  }

  /**
   * Every escalation is kept (those without a referral say a need found no agency at all); an
   * escalation of a referral also marks it escalated, and overdue when a deadline was missed.
   */
  async referralEscalated(to: Target, d: ReferralEscalatedV1): Promise<void> {
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'escalation_facts')} (escalation_id, referral_id, identification_id, need, region, urgent, cause, escalated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (escalation_id) DO NOTHING`,
      [d.escalationId, d.referralId ?? null, d.identificationId, d.need, d.region, d.urgent, d.cause, d.escalatedAt],
    );
    if (!d.referralId) return;
    const overdueAt = d.cause === 'deadlineMissed' ? d.escalatedAt : null;
    await this.upsertReferral(
      to,
      ['escalated_at', 'overdue_at'],
      [d.escalatedAt, overdueAt],
      'escalated_at = LEAST(t.escalated_at, EXCLUDED.escalated_at), overdue_at = LEAST(t.overdue_at, EXCLUDED.overdue_at)',
      { referralId: d.referralId, identificationId: d.identificationId, need: d.need },
    );
  }

  private async upsertReferral(
    to: Target,
    columns: string[],
    values: unknown[],
    onConflict: string,
    key: { referralId: string; identificationId: string; need: string },
  ): Promise<void> {
    const placeholders = columns.map((_, i) => `$${i + 4}`).join(', ');
    await to.manager.query(
      recountMonths(
        { schema: to.schema, table: 'referral_facts', key: 'referral_id = $1', months: ['month'], cubes: ['referrals', 'acceptance'] },
        `INSERT INTO ${inSchema(to.schema, 'referral_facts')} AS t (referral_id, identification_id, need, ${columns.join(', ')})
         VALUES ($1, $2, $3, ${placeholders})
         ON CONFLICT (referral_id) DO UPDATE SET ${onConflict}`,
      ),
      [key.referralId, key.identificationId, key.need, ...values],
    );
  }

  async caseOpened(to: Target, d: CaseOpenedV1): Promise<void> {
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'case_facts')} AS t (case_id, opened_event, opened_at, region, opened_from,
         office_id, office_as_of, office_event, stage, stage_as_of, stage_event)
       VALUES ($1, $2, $3, $4, $5, $6, $3, $2, 'reportReceived', $3, $2)
       ON CONFLICT (case_id) DO UPDATE SET
         ${takeIf(sameOrLaterEvent('opened_event'), ['opened_event', 'opened_at', 'region', 'opened_from'])},
         ${takeIf(newer('office_as_of', 'office_event'), ['office_id', 'office_as_of', 'office_event'])},
         ${takeIf(newer('stage_as_of', 'stage_event'), ['stage', 'stage_as_of', 'stage_event'])}`,
      [d.caseId, to.eventId, d.openedAt, d.region, d.openedFrom, d.officeId],
    );
    await this.stageReached(to, d.caseId, 'reportReceived', d.openedAt);
    await this.linkVictims(to, d.caseId, d.identificationIds, d.openedAt);
    // Links (or a judgment) may have arrived before the case itself.
    await this.recomputeJudgments(to, d.caseId);
  }

  async caseStageChanged(to: Target, d: CaseStageChangedV1): Promise<void> {
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'case_facts')} AS t (case_id, stage, stage_as_of, stage_event) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) DO UPDATE SET ${takeIf(newer('stage_as_of', 'stage_event'), ['stage', 'stage_as_of', 'stage_event'])}`,
      [d.caseId, d.to, d.at, to.eventId],
    );
    await this.stageReached(to, d.caseId, d.to, d.at);
  }

  async victimLinked(to: Target, d: VictimLinkedV1): Promise<void> {
    await this.linkVictims(to, d.caseId, [d.identificationId], d.linkedAt);
    await this.recomputeJudgments(to, d.caseId);
  }

  async caseTransferred(to: Target, d: CaseTransferredV1): Promise<void> {
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'case_facts')} AS t (case_id, office_id, office_as_of, office_event) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) DO UPDATE SET ${takeIf(newer('office_as_of', 'office_event'), ['office_id', 'office_as_of', 'office_event'])}`,
      [d.caseId, d.officeId, d.transferredAt, to.eventId],
    );
    // Its victims' time to judgment is counted under the office now holding the case.
    await this.recomputeJudgments(to, d.caseId);
  }

  async caseMerged(to: Target, d: CaseMergedV1): Promise<void> {
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'case_facts')} AS t (case_id, merged_into, merged_at) VALUES ($1, $2, $3)
       ON CONFLICT (case_id) DO UPDATE SET
         merged_into = CASE WHEN t.merged_at IS NULL OR EXCLUDED.merged_at < t.merged_at THEN EXCLUDED.merged_into ELSE t.merged_into END,
         merged_at = LEAST(t.merged_at, EXCLUDED.merged_at)`,
      [d.caseId, d.intoCaseId, d.mergedAt],
    );
    await this.recomputeJudgments(to, d.caseId);
  }

  async defendantAdded(to: Target, d: DefendantAddedV1): Promise<void> {
    await to.manager.query(
      recountMonths({ schema: to.schema, table: 'defendant_facts', key: 'defendant_id = $1', months: ['added_month', 'charged_month'], cubes: ['persons'] },
        `INSERT INTO ${inSchema(to.schema, 'defendant_facts')} AS t (defendant_id, case_id, added_event, added_at, sex, nationality, role, in_custody)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (defendant_id) DO UPDATE SET
           ${takeIf(sameOrLaterEvent('added_event'), ['case_id', 'added_event', 'added_at', 'sex', 'nationality', 'role', 'in_custody'])}`),
      [d.defendantId, d.caseId, to.eventId, d.addedAt, d.sex, d.nationality ?? null, d.role ?? null, d.inCustody],
    );
  }

  async defendantCharged(to: Target, d: DefendantChargedV1): Promise<void> {
    // The codes charged are also those of the person's formal contact, counted in another month.
    await to.manager.query(
      recountMonths({ schema: to.schema, table: 'defendant_facts', key: 'defendant_id = $1', months: ['added_month', 'charged_month'], cubes: ['persons'] },
        `INSERT INTO ${inSchema(to.schema, 'defendant_facts')} AS t (defendant_id, case_id, charged_at, charged_iccs) VALUES ($1, $2, $3, $4)
         ON CONFLICT (defendant_id) DO UPDATE SET
           charged_at = LEAST(t.charged_at, EXCLUDED.charged_at),
           charged_iccs = ARRAY(SELECT DISTINCT c FROM unnest(COALESCE(t.charged_iccs, '{}') || EXCLUDED.charged_iccs) AS c ORDER BY c)`),
      [d.defendantId, d.caseId, d.chargedAt, distinct(d.charges.map((c) => c.iccs))],
    );
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'defendant_charges')} AS t (defendant_id, charge_id, case_id, offence, iccs, charged_at)
       SELECT $1, c.charge_id, $2, c.offence, c.iccs, $3
         FROM unnest($4::uuid[], $5::text[], $6::text[]) AS c(charge_id, offence, iccs)
       ON CONFLICT (defendant_id, charge_id) DO UPDATE SET charged_at = LEAST(t.charged_at, EXCLUDED.charged_at)`,
      [d.defendantId, d.caseId, d.chargedAt, d.charges.map((c) => c.chargeId), d.charges.map((c) => c.offence), d.charges.map((c) => c.iccs)],
    );
  }

  async hearingScheduled(to: Target, d: HearingScheduledV1): Promise<void> {
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'hearing_facts')} AS t (hearing_id, case_id, kind, at, event_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (hearing_id) DO UPDATE SET ${takeIf('EXCLUDED.event_id >= t.event_id', ['case_id', 'kind', 'at', 'event_id'])}`,
      [d.hearingId, d.caseId, d.kind, d.at, to.eventId],
    );
  }

  /** One verdict per defendant and instance; a later judgment at the same instance replaces it. */
  async judgmentRendered(to: Target, d: JudgmentRenderedV1): Promise<void> {
    if (d.instance === 'first') {
      await to.manager.query(
        `INSERT INTO ${inSchema(to.schema, 'case_facts')} AS t (case_id, first_judgment_at) VALUES ($1, $2)
         ON CONFLICT (case_id) DO UPDATE SET first_judgment_at = LEAST(t.first_judgment_at, EXCLUDED.first_judgment_at)`,
        [d.caseId, d.renderedAt],
      );
      await this.recomputeJudgments(to, d.caseId);
    }
    for (const v of d.defendants) {
      const upsert = `INSERT INTO ${inSchema(to.schema, 'verdict_facts')} AS t (defendant_id, instance, judgment_id, case_id, rendered_at, event_id, sex,
           nationality, outcome, sentence_months, fine_fcfa, compensation_fcfa, iccs)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (defendant_id, instance) DO UPDATE SET
           ${takeIf(newer('rendered_at', 'event_id'), ['judgment_id', 'case_id', 'rendered_at', 'event_id', 'sex', 'nationality', 'outcome', 'sentence_months', 'fine_fcfa', 'compensation_fcfa', 'iccs'])}`;
      // Only first-instance verdicts are in the person totals.
      await to.manager.query(
        d.instance === 'first'
          ? recountMonths({ schema: to.schema, table: 'verdict_facts', key: 'defendant_id = $1 AND instance = $2', months: ['month'], cubes: ['persons'] }, upsert)
          : upsert,
        [
          v.defendantId, d.instance, d.judgmentId, d.caseId, d.renderedAt, to.eventId, v.sex, v.nationality ?? null, v.outcome,
          v.sentenceMonths ?? null, v.fineFcfa ?? null, v.compensationFcfa ?? null, distinct(v.charges),
        ],
      );
    }
  }

  /**
   * The first judgment of the case's victims, and of the victims of cases merged into it, is
   * recomputed by the next refresh (which sees every aggregate it depends on, whatever arrived first).
   */
  private async recomputeJudgments(to: Target, caseId: string): Promise<void> {
    await to.manager.query(`INSERT INTO ${inSchema(to.schema, 'judgment_dirty')} (case_id) VALUES ($1)`, [caseId]);
  }

  private async stageReached(to: Target, caseId: string, stage: string, at: string): Promise<void> {
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'case_stage_facts')} AS t (case_id, stage, reached_at) VALUES ($1, $2, $3)
       ON CONFLICT (case_id, stage) DO UPDATE SET reached_at = LEAST(t.reached_at, EXCLUDED.reached_at)`,
      [caseId, stage, at],
    );
  }

  private async linkVictims(to: Target, caseId: string, identificationIds: string[], at: string): Promise<void> {
    if (!identificationIds.length) return;
    await to.manager.query(
      `INSERT INTO ${inSchema(to.schema, 'case_victims')} AS t (case_id, identification_id, linked_at)
       SELECT $1, id, $3 FROM unnest($2::uuid[]) AS id
       ON CONFLICT (case_id, identification_id) DO UPDATE SET linked_at = LEAST(t.linked_at, EXCLUDED.linked_at)`,
      [caseId, distinct(identificationIds), at],
    );
  }
}
