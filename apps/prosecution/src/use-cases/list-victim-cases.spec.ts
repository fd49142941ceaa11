import { CaseRepository } from '../persistence/case.repository';
import { HearingRepository } from '../persistence/hearing.repository';
import { ReferralAccessRepository } from '../persistence/referral-access.repository';
import { aCase, codeOf, doubles, MOPTI, prosecutorOf, theCoordinator } from '../../test/unit-doubles';
import { ListVictimCases } from './list-victim-cases';

const caseworker = { sub: 'cw', roles: ['agency_caseworker' as const], agencyId: 'shelter-1' };

function setup(accompanies: boolean) {
  const d = doubles();
  const cases = { ofVictim: jest.fn().mockResolvedValue([aCase()]) } as unknown as jest.Mocked<CaseRepository>;
  const hearings = {
    ofCases: jest.fn().mockResolvedValue([{ id: 'h', caseId: aCase().id, at: new Date('2027-01-01T09:00:00Z'), court: 'TGI Mopti', kind: 'trial' }]),
  } as unknown as jest.Mocked<HearingRepository>;
  const access = { agencyAccompanies: jest.fn().mockResolvedValue(accompanies) } as unknown as jest.Mocked<ReferralAccessRepository>;
  return { ...d, cases, access, useCase: new ListVictimCases(d.tx, cases, hearings, access, d.audit) };
}

describe('ListVictimCases', () => {
  it('gives an accompanying agency the status of every case, nothing more', async () => {
    const { useCase, cases, audits } = setup(true);
    const status = await useCase.execute(caseworker, 'V-0123456789');
    expect(cases.ofVictim).toHaveBeenCalledWith({ kind: 'all' }, 'V-0123456789');
    expect(Object.keys(status[0]).sort()).toEqual(['caseId', 'officeId', 'openedAt', 'reference', 'stage', 'stageChangedAt', 'upcomingHearings']);
    expect(status[0].upcomingHearings).toEqual([{ at: '2027-01-01T09:00:00.000Z', court: 'TGI Mopti', kind: 'trial' }]);
    expect(audits).toEqual([expect.objectContaining({ outcome: 'success', resourceType: 'victim', details: { cases: 1, agencyId: 'shelter-1' } })]);
  });

  it('tells any other agency nothing exists, and records the refusal', async () => {
    const { useCase, cases, audits } = setup(false);
    expect(await codeOf(() => useCase.execute(caseworker, 'V-0123456789'))).toBe('VICTIM_NOT_FOUND');
    expect(cases.ofVictim).not.toHaveBeenCalled();
    expect(audits).toEqual([expect.objectContaining({ outcome: 'denied', actor: 'cw' })]);
  });

  it("keeps a prosecutor to their office's cases and never asks about referrals for them", async () => {
    const { useCase, cases, access } = setup(false);
    await useCase.execute(prosecutorOf(), 'V-0123456789');
    expect(cases.ofVictim).toHaveBeenCalledWith({ kind: 'jurisdiction', officeId: MOPTI }, 'V-0123456789');
    await useCase.execute(theCoordinator, 'V-0123456789');
    expect(access.agencyAccompanies).not.toHaveBeenCalled();
  });
});
