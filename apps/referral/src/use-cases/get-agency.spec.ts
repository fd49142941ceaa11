import { anAgency, mockOf } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { GetAgency } from './get-agency';

describe('GetAgency', () => {
  const agencies = mockOf<AgencyRepository>();
  const useCase = new GetAgency(agencies);

  it('shows one agency, or 404', async () => {
    agencies.find.mockResolvedValueOnce(anAgency('a-b')).mockResolvedValueOnce(null);
    expect(await useCase.execute('a-b')).toMatchObject({ id: 'a-b' });
    await expect(useCase.execute('c-d')).rejects.toMatchObject({ code: ReferralErrorCode.AgencyNotFound, httpStatus: 404 });
  });
});
