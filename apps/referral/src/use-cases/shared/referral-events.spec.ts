import { buildEvent, EventDefinition, ReferralAccepted, ReferralAcknowledged, ReferralClosed, ReferralCreated, ReferralDeclined, ReferralEscalated, validateEvent } from '@relais/contracts';
import { PERSONAL_DATA_FIELDS } from '@relais/observability';
import { aReferral, T0 } from '../../../test/doubles';
import { acceptedEvent, acknowledgedEvent, closedEvent, createdEvent, declinedEvent, escalatedEvent } from './referral-events';

const NOTE = 'Le frère de Kadiatou a appelé';

function produced<T extends object>(definition: EventDefinition<T>, data: T) {
  return validateEvent(buildEvent(definition, data, { correlationId: 'c' }), 'produce');
}

describe('referral events', () => {
  const noted = aReferral({ declineNote: NOTE, closeNote: NOTE });

  it.each([
    ['created', ReferralCreated, createdEvent(noted)],
    ['acknowledged', ReferralAcknowledged, acknowledgedEvent({ ...noted, status: 'acknowledged', acknowledgedAt: T0 })],
    ['accepted', ReferralAccepted, acceptedEvent({ ...noted, status: 'accepted', acceptedAt: T0, dueBy: null })],
    ['declined', ReferralDeclined, declinedEvent({ ...noted, status: 'declined', declinedAt: T0, declineReason: 'other', dueBy: null })],
    ['closed', ReferralClosed, closedEvent({ ...noted, status: 'closed', closedAt: T0, outcome: 'transferred', dueBy: null })],
  ] as const)('%s: valid against its contract (unknown fields refused), and without the caseworker\'s note', (_name, definition, data) => {
    expect(produced(definition as EventDefinition<object>, data).kind).toBe('valid');
    expect(JSON.stringify(data)).not.toContain('Kadiatou');
    const keys = Object.keys(data);
    expect(keys.filter((k) => (PERSONAL_DATA_FIELDS as readonly string[]).includes(k))).toEqual([]);
  });

  it('escalated: without referral for want of a candidate, with one after a decline', () => {
    const base = { id: '0193b1e4-6f2a-7c3d-8e4f-000000000009', reference: null, referralId: null, agencyId: null, reroutedTo: null, victimRef: noted.victimRef, identificationId: noted.identificationId, need: 'shelter' as const, urgent: false, region: 'mopti' as const, cause: 'noCandidate' as const, escalatedAt: T0 };
    const none = escalatedEvent(base);
    expect(produced(ReferralEscalated, none).kind).toBe('valid');
    expect(none).not.toHaveProperty('referralId');
    const declined = escalatedEvent({ ...base, cause: 'declined', referralId: noted.id, reference: noted.reference, agencyId: noted.agencyId, reroutedTo: '0193b1e4-6f2a-7c3d-8e4f-00000000000a' });
    expect(produced(ReferralEscalated, declined).kind).toBe('valid');
    expect(declined).toMatchObject({ referralId: noted.id, reroutedTo: '0193b1e4-6f2a-7c3d-8e4f-00000000000a' });
  });

  it('refuses to describe a transition that has not happened', () => {
    expect(() => acceptedEvent(noted)).toThrow('is not accepted');
    expect(() => closedEvent(noted)).toThrow('is not closed');
  });
});
