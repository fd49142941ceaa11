import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGIONS } from '@relais/contracts';
import { normaliseCercle, OfficeDirectory } from './office-directory';
import { ReferenceDataError } from './reference-data-error';

const shipped = JSON.parse(readFileSync(join(__dirname, '../../data/prosecutor-offices.json'), 'utf8'));

function problemsOf(raw: unknown): string[] {
  try {
    OfficeDirectory.parse(raw, REGIONS);
  } catch (error) {
    if (error instanceof ReferenceDataError) return error.problems;
    throw error;
  }
  return [];
}

describe('the shipped demo directory', () => {
  const directory = OfficeDirectory.parse(shipped, REGIONS);

  it('says it is a demo to be replaced', () => {
    expect(directory.file.status).toBe('demo');
    expect(directory.file.notice).toMatch(/Ministry of Justice/);
  });

  it.each(REGIONS.filter((r) => r !== 'bamako'))('sends region %s to the tribunal of its capital', (region) => {
    expect(directory.route(region).id).toBe(`parquet-tgi-${region}`);
  });

  it('sends the District of Bamako to the specialised judicial pole', () => {
    expect(directory.route('bamako').id).toBe('pole-judiciaire-specialise-bamako');
  });

  it('honours the cercle override, however the station spelled the cercle', () => {
    for (const cercle of ['Kati', 'KATI', ' kati ', 'Kâti']) expect(directory.route('koulikoro', cercle).id).toBe('parquet-tgi-kati');
    expect(directory.route('koulikoro', 'Banamba').id).toBe('parquet-tgi-koulikoro');
    expect(directory.route('koulikoro', null).id).toBe('parquet-tgi-koulikoro');
    // An override belongs to its region: the same cercle name elsewhere does not match it.
    expect(directory.route('kayes', 'Kati').id).toBe('parquet-tgi-kayes');
  });

  it('marks exactly the courts the sources confirm', () => {
    const confirmed = directory.offices.filter((o) => o.confirmed).map((o) => o.id).sort();
    expect(confirmed).toEqual([
      'parquet-general-cour-appel-bamako', 'parquet-general-cour-appel-kayes', 'parquet-general-cour-appel-mopti',
      ...[1, 2, 3, 4, 5, 6].map((n) => `parquet-tgi-bamako-commune-${n}`),
      'parquet-tgi-kati', 'parquet-tgi-kayes', 'parquet-tgi-koutiala', 'parquet-tgi-mopti', 'pole-judiciaire-specialise-bamako',
    ].sort());
    for (const office of directory.offices.filter((o) => !o.confirmed)) expect(office.evidence).toMatch(/demo assumption/);
    for (const route of directory.routes) expect(route.basis).toMatch(/^demo/);
  });
});

describe('OfficeDirectory.parse', () => {
  it('normalises cercle names', () => {
    expect(normaliseCercle('Nioro du Sahel')).toBe('nioro-du-sahel');
    expect(normaliseCercle('  Ségou ')).toBe('segou');
  });

  it('refuses a file leaving a region without a route, listing every problem', () => {
    const raw = { ...shipped, routes: shipped.routes.filter((r: { region: string }) => r.region !== 'gao' && r.region !== 'kidal') };
    expect(problemsOf(raw)).toEqual(['region gao has no default route (a route without cercle)', 'region kidal has no default route (a route without cercle)']);
  });

  it('refuses a route to an office the file does not define, and a twice-routed place', () => {
    const raw = {
      ...shipped,
      routes: [...shipped.routes, { region: 'gao', officeId: 'parquet-nowhere', basis: 'x' }, { region: 'gao', officeId: 'parquet-tgi-gao', basis: 'twice' }],
    };
    expect(problemsOf(raw)).toEqual(['routes[21].officeId must name an office of the file', 'the place gao has two routes']);
  });

  it('refuses duplicate offices, bad slugs, missing texts and unknown regions', () => {
    const [first] = shipped.offices;
    const raw = {
      ...shipped,
      status: 'draft',
      offices: [...shipped.offices, first, { ...first, id: 'Parquet Mopti', name: { fr: 'x' }, confirmed: 'yes' }],
      routes: [...shipped.routes, { region: 'atlantis', officeId: first.id, basis: 'x' }],
    };
    expect(problemsOf(raw)).toEqual([
      'status must be "demo" or "official"',
      'offices[31].id must be a lowercase slug of at most 100 characters',
      'offices[31].name must have fr and en texts of at most 200 characters',
      'offices[31].confirmed must be true or false',
      `office ${first.id} is listed twice`,
      'routes[21].region must be a region code',
    ]);
  });

  it('refuses something that is not a directory at all', () => {
    expect(problemsOf([])).toEqual(['the file must hold a JSON object']);
    expect(problemsOf({})).toContain('offices must be a non-empty list');
  });
});
