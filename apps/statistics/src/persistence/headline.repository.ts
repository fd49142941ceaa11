import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { endOf, startOf, yearRange } from '../domain/periods';
import { inSchema, LIVE_SCHEMA } from './read-model';

/** The headline figures of a year that are not in the monthly totals. */
@Injectable()
export class HeadlineRepository {
  async figures(manager: EntityManager, year: number, schema = LIVE_SCHEMA): Promise<Record<string, number>> {
    const range = yearRange(year);
    const s = (t: Parameters<typeof inSchema>[1]) => inSchema(schema, t);
    const [row]: Record<string, string>[] = await manager.query(
      `SELECT
         (SELECT count(*) FROM (SELECT DISTINCT identification_id FROM ${s('referral_facts')} WHERE created_year = $3) AS v) AS "victimsReferred",
         (SELECT count(*) FROM ${s('escalation_facts')} WHERE referral_id IS NULL AND cause = 'noCandidate'
            AND escalated_at >= $1 AND escalated_at < $2) AS "needsWithoutAgency",
         (SELECT count(*) FROM ${s('case_facts')} WHERE opened_at >= $1 AND opened_at < $2) AS "casesOpened"`,
      [startOf(range.from).toISOString(), endOf(range.to).toISOString(), year],
    );
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
  }
}
