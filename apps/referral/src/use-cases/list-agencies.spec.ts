import { anAgency, mockOf } from '../../test/doubles';
import { AgencyRepository } from '../persistence/agency.repository';
import { ListAgencies } from './list-agencies';

describe('ListAgencies', () => {
  it('passes the filter to the directory and shows each agency', async () => {
    const agencies = mockOf<AgencyRepository>();
    agencies.list.mockResolvedValue([anAgency('a-shelter')]);
    const list = await new ListAgencies(agencies).execute({ region: 'mopti', need: 'shelter' });
    expect(agencies.list).toHaveBeenCalledWith({ region: 'mopti', need: 'shelter' });
    expect(list).toEqual([expect.objectContaining({ id: 'a-shelter', capacity: { beds: 8, available: 8 }, version: 1 })]);
  });
});
