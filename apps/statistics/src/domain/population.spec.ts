import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { denominatorFor, parsePopulationFile, ratePer100k } from './population';

const text = readFileSync(join(__dirname, '../../data/population-rgph5-2022.json'), 'utf8');

describe('population table', () => {
  const table = parsePopulationFile(text);

  it('loads the RGPH5 file: national total, by sex, fifteen regions, five left empty', () => {
    expect(table).toMatchObject({ version: '2022.1', referenceYear: 2022 });
    const find = (area: string, sex = 'all') => table.figures.find((f) => f.area === area && f.sex === sex)?.population;
    expect(find('ML')).toBe(22_395_489);
    expect(find('ML', 'female')).toBe(11_138_934);
    expect(find('bamako')).toBe(4_227_569);
    const missing = table.figures.filter((f) => f.population === null).map((f) => f.area).sort();
    expect(missing).toEqual(['dioila', 'douentza', 'kidal', 'menaka', 'taoudenit']);
    expect(table.figures.find((f) => f.sex === 'male')?.derived).toMatch(/minus women/);
    expect(table.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file with invented structure or gaps', () => {
    const file = JSON.parse(text);
    file.regions = file.regions.filter((r: { region: string }) => r.region !== 'kidal');
    file.national.bySex.male.value += 1;
    expect(() => parsePopulationFile(JSON.stringify(file))).toThrow(/kidal is missing[\s\S]*|add up/);
    expect(() => parsePopulationFile(JSON.stringify({ ...JSON.parse(text), regions: [{ region: 'atlantis', total: 5, source: 's' }] }))).toThrow(/unknown region/);
  });

  it('divides by the population that matches the breakdown, or says why it cannot', () => {
    const d = (key: Parameters<typeof denominatorFor>[0]) => denominatorFor(key, table.figures, table.referenceYear);
    expect(d({})).toEqual({ available: true, basis: 'national', population: 22_395_489, referenceYear: 2022 });
    expect(d({ form: 'ForcedBegging' })).toMatchObject({ basis: 'national' });
    expect(d({ sex: 'female' })).toMatchObject({ basis: 'nationalBySex', population: 11_138_934 });
    expect(d({ sex: 'unknown' })).toEqual({ available: false, reason: 'sexUnknown' });
    expect(d({ region: 'mopti' })).toMatchObject({ basis: 'region', population: 935_579 });
    expect(d({ region: 'kidal' })).toEqual({ available: false, reason: 'regionNotPublished' });
    expect(d({ region: 'mopti', sex: 'male' })).toEqual({ available: false, reason: 'noRegionBySex' });
    expect(d({ ageGroup: '9-17' })).toEqual({ available: false, reason: 'noAgeBreakdown' });
    expect(d({ minor: true, sex: 'female' })).toEqual({ available: false, reason: 'noAgeBreakdown' });
  });

  it('gives rates per 100,000 to two decimals', () => {
    expect(ratePer100k(224, 22_395_489)).toBe(1);
    expect(ratePer100k(3, 935_579)).toBe(0.32);
  });
});
