import { sampleIdentification } from '../../test/support/samples';
import { unitDoubles } from '../../test/support/unit-doubles';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ListIdentifications } from './list-identifications';

function setup(count: number) {
  const d = unitDoubles();
  const rows = Array.from({ length: count }, (_, i) => ({ ...sampleIdentification(), id: `id-${i}`, identifiedAt: `2026-11-${String(20 - i).padStart(2, '0')}T00:00:00.000Z` }));
  const identifications = { list: jest.fn(async () => rows) } as unknown as IdentificationRepository & { list: jest.Mock };
  return { identifications, useCase: new ListIdentifications(d.tx, identifications) };
}

describe('ListIdentifications', () => {
  it('scopes the query in the repository: officer to the unit, supervisor to the region, coordinator to all', async () => {
    const s = setup(0);
    await s.useCase.execute({ sub: 'o', roles: ['police_officer'], unitId: 'u1', region: 'mopti' }, { limit: 10 });
    await s.useCase.execute({ sub: 's', roles: ['police_supervisor'], unitId: 'u1', region: 'mopti' }, { limit: 10 });
    await s.useCase.execute({ sub: 'c', roles: ['coordinator'] }, { limit: 10 });
    await s.useCase.execute({ sub: 'x', roles: ['statistician'] }, { limit: 10 });
    expect(s.identifications.list.mock.calls.map((c) => c[0])).toEqual([
      { kind: 'unit', unitId: 'u1' }, { kind: 'region', region: 'mopti' }, { kind: 'all' }, { kind: 'none' },
    ]);
  });

  it('asks one row more to know whether a next page exists, and points at the last row shown', async () => {
    const s = setup(3);
    const page = await s.useCase.execute({ sub: 'c', roles: ['coordinator'] }, { limit: 2 });
    expect(s.identifications.list.mock.calls[0][1]).toMatchObject({ limit: 3 });
    expect(page.items.map((i) => i.id)).toEqual(['id-0', 'id-1']);
    expect(page.next).toEqual({ identifiedAt: '2026-11-19T00:00:00.000Z', id: 'id-1' });
    expect((await setup(2).useCase.execute({ sub: 'c', roles: ['coordinator'] }, { limit: 2 })).next).toBeUndefined();
  });
});
