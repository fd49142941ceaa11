import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { SEXES } from '@relais/contracts';
import { present, Presented } from '../domain/present';
import { StatTable } from '../domain/stat-table';
import { GLOTIP_FORMS } from '../domain/trafficking';
import { GlotipRepository } from '../persistence/glotip.repository';
import { ReadTransaction } from '../persistence/read-transaction';
import { StatisticsConfig } from '../statistics.config';

export const GLOTIP_COLUMNS = ['section', 'sex', 'ageGroup', 'form', 'stage', 'citizenship', 'count'];

/**
 * The UNODC Global Report on Trafficking in Persons questionnaire for one year: detected victims
 * by sex, age (child/adult) and form of exploitation; persons prosecuted and convicted for
 * trafficking by sex and citizenship. Every cell of the layout is listed, zeros included; each
 * section is protected as its own table.
 */
@Injectable()
export class ExportGlotip {
  constructor(
    private readonly glotip: GlotipRepository,
    private readonly reads: ReadTransaction,
    @Inject(SERVICE_CONFIG) private readonly config: StatisticsConfig,
  ) {}

  execute(year: number, exact: boolean): Promise<Presented> {
    const threshold = this.config.DISCLOSURE_THRESHOLD;
    return this.reads.run(async (manager) => {
      const victims = new StatTable(['sex', 'ageGroup', 'form'], ['count'], { sex: [...SEXES], ageGroup: ['child', 'adult'], form: [...GLOTIP_FORMS] });
      for (const r of await this.glotip.victims(manager, year)) victims.add(r.levels, { count: r.n });
      const persons = new StatTable(['stage', 'sex', 'citizenship'], ['count'], { stage: ['prosecuted', 'convicted'], sex: [...SEXES] });
      for (const r of await this.glotip.persons(manager, year, this.config.COUNTRY)) persons.add(r.levels, { count: r.n });
      const options = { countFields: ['count'], exact, threshold, allCells: true };
      const sections = [
        { section: 'victims', table: present(victims, options) },
        { section: 'persons', table: present(persons, options) },
      ];
      return {
        columns: GLOTIP_COLUMNS,
        rows: sections.flatMap(({ section, table }) => table.rows.map((row) => ({ section, ...row }))),
        disclosure: { exact, threshold, hiddenAll: sections.some((s) => s.table.disclosure.hiddenAll) },
      };
    });
  }
}
