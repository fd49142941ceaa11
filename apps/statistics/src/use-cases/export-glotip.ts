import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { SEXES } from '@relais/contracts';
import { present, Presented } from '../domain/present';
import { StatTable } from '../domain/stat-table';
import { yearRange } from '../domain/periods';
import { GLOTIP_FORMS } from '../domain/trafficking';
import { PERSONS_CUBE, VICTIMS_CUBE } from '../persistence/cube-specs';
import { CubeStore } from '../persistence/cube-store';
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
    private readonly cubes: CubeStore,
    private readonly reads: ReadTransaction,
    @Inject(SERVICE_CONFIG) private readonly config: StatisticsConfig,
  ) {}

  async execute(year: number, exact: boolean): Promise<Presented> {
    const threshold = this.config.DISCLOSURE_THRESHOLD;
    const range = yearRange(year);
    await this.cubes.refresh();
    return this.reads.run(async (manager) => {
      const victims = new StatTable(['sex', 'ageGroup', 'form'], ['count'], { sex: [...SEXES], ageGroup: ['child', 'adult'], form: [...GLOTIP_FORMS] });
      // A person counts once per GLOTIP form.
      for (const r of await this.cubes.count(manager, { spec: VICTIMS_CUBE, dimensions: ['sex', 'minor', 'glotipForm'], range, measures: ['n'] })) {
        const [sex, minor, form] = r.levels;
        victims.add([String(sex), minor ? 'child' : 'adult', String(form)], { count: r.values.n });
      }
      const persons = new StatTable(['stage', 'sex', 'citizenship'], ['count'], { stage: ['prosecuted', 'convicted'], sex: [...SEXES] });
      // Charged with, or convicted at first instance of, trafficking in persons (ICCS 0204).
      const stages = await this.cubes.count(manager, { spec: PERSONS_CUBE, dimensions: ['sex', 'nationality', 'trafficking'], range, measures: ['prosecuted', 'convicted'] });
      for (const r of stages) {
        const [sex, nationality, trafficking] = r.levels;
        if (trafficking !== true) continue;
        const citizenship = citizenshipOf(String(nationality), this.config.COUNTRY);
        // Only stages reached: a level seen with zeros alone would add an empty column to the layout.
        for (const stage of ['prosecuted', 'convicted'] as const) {
          if (r.values[stage]) persons.add([stage, String(sex), citizenship], { count: r.values[stage] });
        }
      }
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

/** GLOTIP asks for citizens of the reporting country and foreigners. */
function citizenshipOf(nationality: string, country: string): 'national' | 'foreign' | 'unknown' {
  if (nationality === 'unknown') return 'unknown';
  return nationality === country ? 'national' : 'foreign';
}
