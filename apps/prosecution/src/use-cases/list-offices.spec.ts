import { directory } from '../../test/unit-doubles';
import { ListOffices } from './list-offices';

describe('ListOffices', () => {
  it("lists every office in the caller's language with the places routed to it", () => {
    const fr = new ListOffices(directory).execute('fr');
    expect(fr).toMatchObject({ status: 'demo', version: '2026.1-demo' });
    expect(fr.offices.find((o) => o.id === 'parquet-tgi-koulikoro')).toMatchObject({ places: ['koulikoro'], court: 'Tribunal de grande instance de Koulikoro', confirmed: false });
    expect(fr.offices.find((o) => o.id === 'parquet-tgi-kati')?.places).toEqual(['koulikoro/kati']);
    expect(fr.offices.find((o) => o.id === 'parquet-general-cour-appel-mopti')?.places).toEqual([]);
    const en = new ListOffices(directory).execute('en');
    expect(en.offices.find((o) => o.id === 'pole-judiciaire-specialise-bamako')?.name).toMatch(/^Prosecutor's office of the specialised judicial pole/);
  });
});
