import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Vocabularies } from '@relais/contracts';
import { ReferenceDataError } from './reference-data-error';
import { StatutoryPenalties } from './statutory-penalties';

const shipped = JSON.parse(readFileSync(join(__dirname, '../../data/statutory-penalties.json'), 'utf8'));
const offences = Vocabularies.offences.codes;

describe('statutory penalties', () => {
  const penalties = StatutoryPenalties.parse(shipped, offences);

  it('holds only what Law 2012-023 art. 7 gives: 5 to 10 years for every trafficking offence', () => {
    expect(penalties.rules).toHaveLength(1);
    const trafficking = Vocabularies.offences.entries.filter((e) => e.trafficking).map((e) => e.code).sort();
    expect([...penalties.rules[0].offences].sort()).toEqual(trafficking);
    expect(penalties.rules[0].imprisonmentMonths).toEqual({ min: 60, max: 120 });
    expect(penalties.source).toMatch(/2012-023/);
  });

  it('warns for a trafficking sentence outside 60–120 months or with no imprisonment', () => {
    expect(penalties.warningsFor(['traffickingForcedLabour'], 59)).toEqual([
      expect.objectContaining({ code: 'SENTENCE_OUTSIDE_STATUTORY_RANGE', minMonths: 60, maxMonths: 120, sentenceMonths: 59 }),
    ]);
    expect(penalties.warningsFor(['traffickingForcedLabour'], 121)).toHaveLength(1);
    expect(penalties.warningsFor(['traffickingSexualExploitation'], undefined)).toEqual([expect.objectContaining({ code: 'IMPRISONMENT_NOT_RECORDED', sentenceMonths: null })]);
  });

  it('is silent inside the range, at its bounds, and for offences no source gives a penalty for', () => {
    expect(penalties.warningsFor(['traffickingForcedLabour'], 60)).toEqual([]);
    expect(penalties.warningsFor(['traffickingForcedLabour'], 120)).toEqual([]);
    expect(penalties.warningsFor(['migrantSmuggling', 'organisedExploitationOfBegging'], 1)).toEqual([]);
  });

  it('warns once per rule when several trafficking charges are convicted together', () => {
    expect(penalties.warningsFor(['traffickingForcedLabour', 'traffickingSexualExploitation'], 12)).toHaveLength(1);
  });

  it('refuses a file with unknown offences or an inverted range', () => {
    const raw = { ...shipped, penalties: [{ ...shipped.penalties[0], offences: ['theft'], imprisonmentMonths: { min: 120, max: 60 } }] };
    let problems: string[] = [];
    try {
      StatutoryPenalties.parse(raw, offences);
    } catch (error) {
      problems = (error as ReferenceDataError).problems;
    }
    expect(problems).toEqual([
      'penalties[0].offences must be a non-empty list of offence codes',
      'penalties[0].imprisonmentMonths must be { min, max } whole months with min <= max',
    ]);
  });
});
