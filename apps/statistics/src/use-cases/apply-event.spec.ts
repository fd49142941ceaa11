import { INTAKE_EVENTS, PROSECUTION_EVENTS, REFERRAL_EVENTS } from '@relais/contracts';
import { EntityManager } from 'typeorm';
import { ProjectionWriter } from '../persistence/projection-writer';
import { ApplyEvent, PROJECTED_EVENT_TYPES } from './apply-event';

describe('ApplyEvent', () => {
  it('projects every event type of intake, referral and prosecution', () => {
    const expected = [...INTAKE_EVENTS, ...REFERRAL_EVENTS, ...PROSECUTION_EVENTS].map((d) => d.type).sort();
    expect([...PROJECTED_EVENT_TYPES].sort()).toEqual(expected);
  });

  it('hands the event to its projector with the event id as tie-breaker, and ignores unknown types', async () => {
    const writer = { referralAccepted: jest.fn().mockResolvedValue(undefined) } as unknown as ProjectionWriter;
    const apply = new ApplyEvent(writer);
    const manager = {} as EntityManager;
    const event = { id: 'e-1', type: 'referral.accepted.v1', data: { referralId: 'r' } } as never;
    expect(await apply.execute(event, manager, 'statistics')).toBe(true);
    expect(writer.referralAccepted).toHaveBeenCalledWith({ manager, schema: 'statistics', eventId: 'e-1' }, { referralId: 'r' });
    expect(await apply.execute({ ...(event as object), type: 'notifications.delivered.v1' } as never, manager, 'statistics')).toBe(false);
  });
});
