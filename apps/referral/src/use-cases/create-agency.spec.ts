import { AuditTrail } from '@relais/auth';
import { IdempotencyStore } from '@relais/platform';
import { anAgency, coordinatorPrincipal, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { AgencyProfile } from '../domain/agency';
import { ReferralErrorCode } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { CreateAgency } from './create-agency';

describe('CreateAgency', () => {
  const agencies = mockOf<AgencyRepository>();
  const idempotency = mockOf<IdempotencyStore>();
  const audit = mockOf<AuditTrail>();
  const useCase = new CreateAgency(fakeTx(), agencies, idempotency, audit);
  const { id: _id, demo: _d, version: _v, createdAt: _c, updatedAt: _u, ...profile } = anAgency('x');
  const asFirst = () =>
    idempotency.execute.mockImplementation(async (_m, _req, work) => ({ ...(await work()), replayed: false }) as never);

  beforeEach(() => jest.clearAllMocks());

  it('creates under the client\'s id, keyed for replays by id, caller and request', async () => {
    asFirst();
    agencies.insert.mockResolvedValue(true);
    const created = await useCase.execute(coordinatorPrincipal, 'abri-segou', profile as AgencyProfile, T0);
    expect(created).toMatchObject({ status: 201, agency: { id: 'abri-segou', version: 1, demo: false } });
    expect(idempotency.execute).toHaveBeenCalledWith(MANAGER, { scope: 'referral:create-agency', key: 'abri-segou', fingerprint: { by: 'coord', id: 'abri-segou', profile } }, expect.any(Function));
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'agency.create', resourceId: 'abri-segou' }));
  });

  it('answers a replay with the first answer and 200', async () => {
    idempotency.execute.mockResolvedValue({ status: 201, body: { id: 'abri-segou' }, replayed: true } as never);
    expect(await useCase.execute(coordinatorPrincipal, 'abri-segou', profile as AgencyProfile, T0)).toMatchObject({ status: 200 });
    expect(agencies.insert).not.toHaveBeenCalled();
  });

  it('refuses an id already used by another agency', async () => {
    asFirst();
    agencies.insert.mockResolvedValue(false);
    await expect(useCase.execute(coordinatorPrincipal, 'demo-cp-kayes', profile as AgencyProfile, T0)).rejects.toMatchObject({ code: ReferralErrorCode.AgencyAlreadyExists });
    expect(audit.append).not.toHaveBeenCalled();
  });
});
