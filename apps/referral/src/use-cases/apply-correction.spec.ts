import { AuditTrail } from '@relais/auth';
import { anIdentification, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ApplyCorrection } from './apply-correction';
import { ReferralRouter } from './shared/referral-router';

describe('ApplyCorrection', () => {
  const identifications = mockOf<IdentificationRepository>();
  const router = mockOf<ReferralRouter>();
  const audit = mockOf<AuditTrail>();
  const useCase = new ApplyCorrection(fakeTx(), identifications, router, audit);
  const base = anIdentification();
  const correction = (correctedAt: Date) => ({
    identificationId: base.identificationId,
    victimRef: base.victimRef,
    correctedAt: correctedAt.toISOString(),
    changedFields: ['needs' as const],
    region: 'mopti' as const,
    forms: ['ForcedLabour' as const],
    methodsOfControl: [],
    needs: [{ need: 'legalAid' as const, urgent: false, referralConsented: true }],
    assessment: 'ActualVictimOfTrafficking' as const,
  });

  beforeEach(() => {
    jest.clearAllMocks();
    identifications.lockOrCreate.mockResolvedValue(base);
    router.routeOutstanding.mockResolvedValue([]);
  });

  it('applies a newer correction and routes the needs it adds', async () => {
    await useCase.execute(correction(new Date(T0.getTime() + 1000)), T0);
    const saved = identifications.save.mock.calls[0][0];
    expect(saved.needs).toEqual([{ need: 'legalAid', urgent: false, referralConsented: true }]);
    expect(router.routeOutstanding).toHaveBeenCalledWith(MANAGER, saved, T0, 'system:referral');
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ details: expect.objectContaining({ applied: true }) }));
  });

  it('keeps newer facts when an older correction arrives late', async () => {
    await useCase.execute(correction(new Date(T0.getTime() - 1000)), T0);
    expect(identifications.save.mock.calls[0][0]).toBe(base);
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ details: expect.objectContaining({ applied: false }) }));
  });
});
