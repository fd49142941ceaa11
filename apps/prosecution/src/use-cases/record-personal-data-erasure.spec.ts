import { ReferralAccessRepository } from '../persistence/referral-access.repository';
import { doubles } from '../../test/unit-doubles';
import { RecordPersonalDataErasure } from './record-personal-data-erasure';

describe('RecordPersonalDataErasure', () => {
  it('records the erasure once and says when it was already known', async () => {
    const d = doubles();
    const access = {
      recordErasure: jest.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false),
      eraseNotesOfErasedCases: jest.fn().mockResolvedValueOnce(['01936f3e-0000-7000-8000-0000000000c1']).mockResolvedValueOnce([]),
    } as unknown as jest.Mocked<ReferralAccessRepository>;
    const useCase = new RecordPersonalDataErasure(d.tx, access, d.audit);
    const event = { victimRef: 'V-0123456789', identificationIds: ['01936f3e-0000-7000-8000-0000000000a1'], erasedAt: '2026-11-20T00:00:00.000Z' };
    await useCase.execute(event, { eventId: 'e1' });
    await useCase.execute(event, { eventId: 'e2' });
    expect(access.recordErasure).toHaveBeenCalledWith('V-0123456789', new Date(event.erasedAt));
    expect(d.audits.map((a) => a.details?.alreadyRecorded)).toEqual([false, true]);
    expect(access.eraseNotesOfErasedCases).toHaveBeenCalledWith('V-0123456789');
    expect(d.audits.map((a) => a.details?.notesWipedInCases)).toEqual([['01936f3e-0000-7000-8000-0000000000c1'], []]);
  });
});
