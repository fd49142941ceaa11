import { ReferralCreated, ReferralEscalated } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { RecordingOutbox } from '@relais/testing';
import { aReferral, anIdentification, MANAGER, mockOf, T0 } from '../../../test/doubles';
import { defaultRules, demoDirectory } from '../../../test/reference-data';
import { AgencyRepository } from '../../persistence/agency.repository';
import { EscalationRepository } from '../../persistence/escalation.repository';
import { ReferralRepository } from '../../persistence/referral.repository';
import { RoutingRulesRepository } from '../../persistence/routing-rules.repository';
import { ReferralRouter } from './referral-router';

describe('ReferralRouter', () => {
  const referrals = mockOf<ReferralRepository>();
  const agencies = mockOf<AgencyRepository>();
  const rules = mockOf<RoutingRulesRepository>();
  const escalations = mockOf<EscalationRepository>();
  const outbox = new RecordingOutbox(); // checks every event against its contract, as the real outbox does
  const audit = mockOf<AuditTrail>();
  const router = new ReferralRouter(referrals, agencies, rules, escalations, outbox.outbox, audit);
  const woman = anIdentification({ region: 'bamako', needs: [{ need: 'shelter', urgent: false, referralConsented: true }, { need: 'legalAid', urgent: false, referralConsented: true }] });

  beforeEach(() => {
    jest.clearAllMocks();
    rules.current.mockResolvedValue({ version: 3, rules: defaultRules(), source: 'api', createdBy: 'c', createdAt: T0 });
    agencies.list.mockResolvedValue(demoDirectory());
    referrals.openLoad.mockResolvedValue(new Map());
    referrals.forIdentification.mockResolvedValue([]);
    referrals.agenciesTried.mockResolvedValue([]);
    referrals.insert.mockResolvedValue(true);
    referrals.insertAll.mockImplementation(async (made) => new Set(made.map((r) => r.id)));
    referrals.settledNeeds.mockResolvedValue({ noCandidateNeeds: [], openElsewhere: [] });
  });

  describe('routeOutstanding', () => {
    it('refers each outstanding need to its best candidate, with the deadline of the rules in force', async () => {
      referrals.forIdentification.mockResolvedValue([aReferral({ need: 'legalAid' })]);
      const made = await router.routeOutstanding(MANAGER, woman, T0, 'system:referral');
      expect(made).toHaveLength(1);
      expect(made[0]).toMatchObject({
        agencyId: 'demo-shelter-bamako-women', agencyType: 'Shelter', need: 'shelter', rulesVersion: 3, status: 'pending', version: 1,
        dueBy: new Date(T0.getTime() + 360 * 60_000), victimRef: woman.victimRef, region: 'bamako', ageGroup: '24-26',
      });
      expect(made[0].reference).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{8}$/);
      expect(outbox.emit).toHaveBeenCalledWith(MANAGER, ReferralCreated, expect.objectContaining({ referralId: made[0].id, agencyType: 'Shelter' }));
      expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'referral.create', resourceId: made[0].id }));
    });

    it('escalates a need no agency can take, with no referral id', async () => {
      const kidal = anIdentification({ region: 'kidal', needs: [{ need: 'shelter', urgent: true, referralConsented: true }] });
      expect(await router.routeOutstanding(MANAGER, kidal, T0, 'system:referral')).toEqual([]);
      expect(escalations.insert).toHaveBeenCalledWith(expect.objectContaining({ cause: 'noCandidate', referralId: null, need: 'shelter', urgent: true, region: 'kidal' }));
      expect(outbox.emit).toHaveBeenCalledWith(MANAGER, ReferralEscalated, expect.not.objectContaining({ referralId: expect.anything() }));
    });

    it('does nothing for an identification not yet known or erased, nor when every need is handled', async () => {
      expect(await router.routeOutstanding(MANAGER, anIdentification({ erasedAt: T0 }), T0, 'a')).toEqual([]);
      expect(await router.routeOutstanding(MANAGER, anIdentification({ identifiedAt: null }), T0, 'a')).toEqual([]);
      referrals.settledNeeds.mockResolvedValue({ noCandidateNeeds: ['shelter', 'legalAid'], openElsewhere: [] });
      expect(await router.routeOutstanding(MANAGER, woman, T0, 'a')).toEqual([]);
      expect(rules.current).not.toHaveBeenCalled();
    });

    it('takes the agencies already tried for a need from the identification\'s referrals, without a query per need', async () => {
      referrals.forIdentification.mockResolvedValue([aReferral({ need: 'shelter', agencyId: 'demo-shelter-bamako-women', status: 'closed', outcome: 'consentWithdrawn' })]);
      const made = await router.routeOutstanding(MANAGER, woman, T0, 'a');
      expect(made.map((r) => `${r.need}:${r.agencyId}`)).toContainEqual('shelter:demo-shelter-bamako-ngo');
      expect(referrals.agenciesTried).not.toHaveBeenCalled();
    });

    it('makes nothing when the unique constraint says the referral exists already', async () => {
      referrals.insertAll.mockResolvedValue(new Set());
      expect(await router.routeOutstanding(MANAGER, anIdentification(), T0, 'a')).toEqual([]);
      expect(outbox.emit).not.toHaveBeenCalledWith(MANAGER, ReferralCreated, expect.anything());
      expect(audit.append).not.toHaveBeenCalled();
    });

    it('writes the referrals of all the needs in one insert, then their events in the order of the needs', async () => {
      const made = await router.routeOutstanding(MANAGER, woman, T0, 'system:referral');
      expect(referrals.insertAll).toHaveBeenCalledTimes(1);
      expect(referrals.insertAll.mock.calls[0][0].map((r) => r.need)).toEqual(['shelter', 'legalAid']);
      expect(referrals.insert).not.toHaveBeenCalled();
      const created = outbox.emit.mock.calls.filter(([, definition]) => definition === ReferralCreated).map(([, , data]) => (data as { referralId: string }).referralId);
      expect(created).toEqual(made.map((r) => r.id));
    });

    it('counts each referral it makes in the load that orders the next needs', async () => {
      const child = anIdentification({ region: 'bamako', isMinor: true, ageGroup: '9-17', needs: [] });
      agencies.list.mockResolvedValue([...demoDirectory(), { ...demoDirectory().find((a) => a.id === 'demo-cp-bamako')!, id: 'demo-cp-bamako-2', services: ['childProtection', 'familyTracing'] }]);
      referrals.openLoad.mockResolvedValue(new Map([['demo-cp-bamako-2', 0], ['demo-cp-bamako', 0]]));
      const made = await router.routeOutstanding(MANAGER, { ...child, needs: [{ need: 'familyTracing', urgent: false, referralConsented: true }] }, T0, 'a');
      expect(made.map((r) => `${r.need}:${r.agencyId}`)).toEqual(['familyTracing:demo-cp-bamako', 'childProtection:demo-cp-bamako-2']);
    });
  });

  describe('reroute', () => {
    const ended = aReferral({ agencyId: 'demo-shelter-bamako-women', region: 'bamako', status: 'declined' });

    it('refers to the next candidate not tried yet and escalates with the new referral', async () => {
      referrals.agenciesTried.mockResolvedValue(['demo-shelter-bamako-women']);
      const result = await router.reroute(MANAGER, ended, 'declined', woman, T0, 'cw');
      expect(result.next).toMatchObject({ agencyId: 'demo-shelter-bamako-ngo', reroutedFrom: ended.id });
      expect(result.escalations).toEqual([expect.objectContaining({ cause: 'declined', referralId: ended.id, agencyId: ended.agencyId, reroutedTo: result.next!.id })]);
    });

    it('tells the coordinator twice when no candidate is left: what happened, and that nobody is left', async () => {
      referrals.agenciesTried.mockResolvedValue(['demo-shelter-bamako-women', 'demo-shelter-bamako-ngo']);
      const result = await router.reroute(MANAGER, ended, 'deadlineMissed', woman, T0, 'system:referral');
      expect(result.next).toBeNull();
      expect(result.escalations.map((e) => [e.cause, e.referralId])).toEqual([['deadlineMissed', ended.id], ['noCandidate', null]]);
    });

    it('only escalates when consent no longer allows the need', async () => {
      const withdrawn = { ...woman, consent: { referral: false, dataSharing: false, givenBy: 'victim' as const, withdrawn: true }, consentAt: new Date(T0.getTime() + 1) };
      const result = await router.reroute(MANAGER, ended, 'declined', withdrawn, T0, 'cw');
      expect(result.next).toBeNull();
      expect(result.escalations.map((e) => e.cause)).toEqual(['declined']);
      expect(referrals.insert).not.toHaveBeenCalled();
    });
  });
});
