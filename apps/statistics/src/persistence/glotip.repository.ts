import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { endOf, startOf, yearRange } from '../domain/periods';
import { inSchema, LIVE_SCHEMA } from './read-model';

export interface GlotipCount {
  levels: string[];
  n: number;
}

/** ICCS 0204: trafficking in persons (02041 sexual exploitation ... 02044 other purposes). */
const TRAFFICKING_ICCS = '0204%';

/** The figures of the UNODC GLOTIP questionnaire for one year. */
@Injectable()
export class GlotipRepository {
  /** Detected victims by sex, child or adult, and GLOTIP form (a person counts once per GLOTIP form). */
  async victims(manager: EntityManager, year: number, schema = LIVE_SCHEMA): Promise<GlotipCount[]> {
    const rows: { sex: string; minor: boolean; form: string; n: number }[] = await manager.query(
      `SELECT f.sex, f.minor, g.form, count(*)::int AS n
         FROM ${inSchema(schema, 'identification_facts')} f CROSS JOIN LATERAL unnest(f.glotip_forms) AS g(form)
        WHERE f.identified_at >= $1 AND f.identified_at < $2
        GROUP BY 1, 2, 3`,
      bounds(year),
    );
    return rows.map((r) => ({ levels: [r.sex, r.minor ? 'child' : 'adult', r.form], n: r.n }));
  }

  /** Persons prosecuted (charged) and convicted at first instance for trafficking (ICCS 0204), by sex and citizenship. */
  async persons(manager: EntityManager, year: number, country: string, schema = LIVE_SCHEMA): Promise<GlotipCount[]> {
    const citizenship = (column: string) => `CASE WHEN ${column} IS NULL THEN 'unknown' WHEN ${column} = $3 THEN 'national' ELSE 'foreign' END`;
    const rows: { stage: string; sex: string; citizenship: string; n: number }[] = await manager.query(
      `SELECT 'prosecuted' AS stage, COALESCE(d.sex, 'unknown') AS sex, ${citizenship('d.nationality')} AS citizenship, count(*)::int AS n
         FROM ${inSchema(schema, 'defendant_facts')} d
        WHERE d.charged_at >= $1 AND d.charged_at < $2
          AND EXISTS (SELECT 1 FROM unnest(d.charged_iccs) AS code WHERE code LIKE '${TRAFFICKING_ICCS}')
        GROUP BY 1, 2, 3
       UNION ALL
       SELECT 'convicted', v.sex, ${citizenship('v.nationality')}, count(*)::int
         FROM ${inSchema(schema, 'verdict_facts')} v
        WHERE v.instance = 'first' AND v.outcome = 'convicted' AND v.rendered_at >= $1 AND v.rendered_at < $2
          AND EXISTS (SELECT 1 FROM unnest(v.iccs) AS code WHERE code LIKE '${TRAFFICKING_ICCS}')
        GROUP BY 1, 2, 3`,
      [...bounds(year), country],
    );
    return rows.map((r) => ({ levels: [r.stage, r.sex, r.citizenship], n: r.n }));
  }
}

function bounds(year: number): [string, string] {
  const range = yearRange(year);
  return [startOf(range.from).toISOString(), endOf(range.to).toISOString()];
}
