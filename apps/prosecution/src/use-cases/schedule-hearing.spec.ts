import { CaseRepository } from '../persistence/case.repository';
import { HearingRepository } from '../persistence/hearing.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { aCase, aLink, codeOf, directory, doubles, prosecutorOf } from '../../test/unit-doubles';
import { ScheduleHearing } from './schedule-hearing';

function setup(current = aCase()) {
  const d = doubles();
  const cases = { find: jest.fn().mockResolvedValue(current), update: jest.fn() } as unknown as jest.Mocked<CaseRepository>;
  const hearings = { insert: jest.fn() } as unknown as jest.Mocked<HearingRepository>;
  const identifications = { ofCases: jest.fn().mockResolvedValue([aLink(current.id), aLink(current.id, { identificationId: '01936f3e-0000-7000-8000-0000000000a9', victimRef: 'V-ZZZZZZZZZZ' })]) } as unknown as jest.Mocked<IdentificationRepository>;
  return { ...d, hearings, useCase: new ScheduleHearing(d.tx, directory, cases, hearings, identifications, d.outbox, d.audit, d.idempotency) };
}

describe('ScheduleHearing', () => {
  const at = new Date('2027-01-10T09:00:00Z');

  it("names every victim in the event, and the office's court when none is given", async () => {
    const { useCase, emitted } = setup();
    const { body } = await useCase.execute(prosecutorOf(), aCase().id, { at, kind: 'trial' });
    expect(body).toMatchObject({ court: 'Tribunal de grande instance de Mopti', at: at.toISOString(), kind: 'trial' });
    expect(emitted[0]).toMatchObject({ type: 'prosecution.hearing-scheduled.v1', data: { hearingId: body.id, victimRefs: ['V-0123456789', 'V-ZZZZZZZZZZ'], court: body.court } });
  });

  it('refuses a hearing in a merged case', async () => {
    const { useCase, hearings } = setup(aCase({ mergedIntoCaseId: '01936f3e-0000-7000-8000-000000000009' }));
    expect(await codeOf(() => useCase.execute(prosecutorOf(), aCase().id, { at, kind: 'trial' }))).toBe('CASE_MERGED');
    expect(hearings.insert).not.toHaveBeenCalled();
  });
});
