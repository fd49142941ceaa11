import {
  CaseMerged, CaseOpened, CaseTransferred, HearingScheduled, JudgmentRendered, PersonalDataErased, ReferralAccepted,
  ReferralAcknowledged, ReferralClosed, ReferralCreated, ReferralDeclined, ReferralEscalated, VictimLinked,
} from '@relais/contracts';
import * as s from '../../test/support/samples';
import { CONSUMED_EVENT_TYPES, routesFor } from './routing-rules';

const agencyId = 'agency-shelter-mopti';
const summary = (type: string, data: object, accompanying: string[] = []) =>
  routesFor(type, data, { accompanyingAgencies: accompanying }).map((r) => `${r.recipient.kind}:${r.recipient.id}/${r.reach}`);

describe('routing rules', () => {
  it.each([
    [ReferralCreated.type, s.created(s.referralFacts({ agencyId })), [], [`agency:${agencyId}/all`]],
    [ReferralAcknowledged.type, s.acknowledged(s.referralFacts({ agencyId })), [], [`agency:${agencyId}/inbox`]],
    [ReferralAccepted.type, s.accepted(s.referralFacts({ agencyId })), [], ['coordinator:coordinator/inbox']],
    [ReferralDeclined.type, s.declined(s.referralFacts({ agencyId })), [], ['coordinator:coordinator/all']],
    [ReferralEscalated.type, s.escalated({ agencyId }), [], ['coordinator:coordinator/all', `agency:${agencyId}/all`]],
    [ReferralEscalated.type, s.escalated({ agencyId: undefined, referralId: undefined, reference: undefined, cause: 'noCandidate' }), [], ['coordinator:coordinator/all']],
    [ReferralClosed.type, s.closed(s.referralFacts({ agencyId })), [], ['coordinator:coordinator/inbox']],
    [CaseOpened.type, s.caseOpened(s.caseFacts({ officeId: 'tgi-mopti' })), [], ['office:tgi-mopti/all']],
    [CaseTransferred.type, s.transferred(s.caseFacts({ officeId: 'tgi-mopti' }), 'tgi-kayes'), [], ['office:tgi-mopti/all', 'office:tgi-kayes/inbox']],
    [HearingScheduled.type, s.hearing(), ['a1', 'a2'], ['agency:a1/all', 'agency:a2/all']],
    [HearingScheduled.type, s.hearing(), [], []],
    [JudgmentRendered.type, s.judgment(), ['a1'], ['agency:a1/all']],
    [VictimLinked.type, s.victimLinked(), ['a1'], []],
    [CaseMerged.type, s.merged(), ['a1'], []],
    [PersonalDataErased.type, s.erased(), [], []],
    ['referral.unknown.v1', s.created(), [], []],
  ])('%s → %j', (type, data, accompanying, expected) => {
    expect(summary(type, data, accompanying)).toEqual(expected);
  });

  it('names a recipient once, with the widest reach, when two rules reach it', () => {
    const escalatedToSelf = s.escalated({ agencyId: 'coordinator' });
    expect(summary(ReferralEscalated.type, escalatedToSelf)).toEqual(['coordinator:coordinator/all', 'agency:coordinator/all']);
    expect(summary(HearingScheduled.type, s.hearing(), ['a1', 'a1'])).toEqual(['agency:a1/all']);
    const transferredToItself = s.transferred(s.caseFacts({ officeId: 'tgi-mopti' }), 'tgi-mopti');
    expect(summary(CaseTransferred.type, transferredToItself)).toEqual(['office:tgi-mopti/all']);
  });

  it('consumes exactly the referral and case events it routes, and the erasure', () => {
    expect([...CONSUMED_EVENT_TYPES].sort()).toEqual([
      'intake.personal-data-erased.v1',
      'prosecution.case-merged.v1',
      'prosecution.case-opened.v1',
      'prosecution.case-transferred.v1',
      'prosecution.hearing-scheduled.v1',
      'prosecution.judgment-rendered.v1',
      'prosecution.victim-linked.v1',
      'referral.accepted.v1',
      'referral.acknowledged.v1',
      'referral.closed.v1',
      'referral.created.v1',
      'referral.declined.v1',
      'referral.escalated.v1',
    ]);
  });
});
