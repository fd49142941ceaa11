import { EVENT_CATALOGUE, provenanceError, ReferralAccepted, Topics, TOPIC_OWNERS } from './index';

describe('provenance: the topic an event arrived on and the source it claims', () => {
  const accepted = { type: ReferralAccepted.type, source: '/relais/referral' };

  it('believes an event of its own topic from that topic’s owner', () => {
    expect(provenanceError(accepted, ReferralAccepted, Topics.ReferralReferrals)).toBeUndefined();
  });

  it('refuses a source that does not own the topic, naming the one expected', () => {
    expect(provenanceError({ ...accepted, source: '/relais/notifications' }, ReferralAccepted, Topics.ReferralReferrals)).toBe(
      'provenance: source /relais/notifications does not own topic referral.referrals (expected /relais/referral)',
    );
  });

  it('refuses a type carried on another service’s topic, even with that topic owner’s source', () => {
    expect(provenanceError({ ...accepted, source: '/relais/intake' }, ReferralAccepted, Topics.IntakeIdentifications)).toBe(
      'provenance: type referral.accepted.v1 belongs to topic referral.referrals, not intake.identifications',
    );
  });

  it('refuses a topic that is no business topic (a retry message that lost its origin header)', () => {
    expect(provenanceError(accepted, ReferralAccepted, 'relais.intake.retry')).toBe('provenance: relais.intake.retry is not a business topic');
  });

  it('agrees with the whole catalogue: every type is believed from its own producer on its own topic', () => {
    for (const d of EVENT_CATALOGUE) {
      expect([d.type, provenanceError({ type: d.type, source: `/relais/${d.source}` }, d, d.topic)]).toEqual([d.type, undefined]);
      expect(TOPIC_OWNERS[d.topic]).toBe(d.source);
    }
  });
});
