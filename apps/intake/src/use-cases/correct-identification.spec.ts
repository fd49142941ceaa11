import { IdentificationCorrected } from '@relais/contracts';
import { sampleIdentification } from '../../test/support/samples';
import { unitDoubles } from '../../test/support/unit-doubles';
import { IntakeErrorCode, IntakeException } from '../domain/intake-errors';
import { IdentificationRepository } from '../persistence/identification.repository';
import { CorrectIdentification } from './correct-identification';

const officer = { sub: 'o-1', roles: ['police_officer' as const], unitId: 'brigade-djenne', institution: 'gendarmerie' as const };

function setup(found = true, saved = true) {
  const d = unitDoubles();
  const identification = sampleIdentification();
  const identifications = {
    findFor: jest.fn(async () => (found ? { identification, personalData: Buffer.from('x'), basis: 'reportingUnit' } : undefined)),
    saveCorrection: jest.fn(async () => saved),
  } as unknown as IdentificationRepository & Record<'findFor' | 'saveCorrection', jest.Mock>;
  return { ...d, identification, identifications, useCase: new CorrectIdentification(d.tx, identifications, d.outbox, d.audit) };
}

describe('CorrectIdentification', () => {
  it('saves the correction, moves the version on, emits the full corrected state and audits', async () => {
    const s = setup();
    const next = await s.useCase.execute(officer, s.identification.id, 1, { assessment: 'ActualVictimOfTrafficking' });
    expect(next).toMatchObject({ version: 2, assessment: 'ActualVictimOfTrafficking' });
    expect(s.identifications.findFor.mock.calls[0]).toEqual([{ coordinator: false, unitId: 'brigade-djenne' }, s.identification.id, { forUpdate: true }]);
    expect(s.outbox.emit).toHaveBeenCalledWith(s.manager, IdentificationCorrected, expect.objectContaining({ changedFields: ['assessment'], forms: ['ForcedBegging'] }));
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ action: 'identification.correct', details: { fromVersion: 1, toVersion: 2 } });
  });

  it('refuses a stale version with a conflict naming the current one', async () => {
    const s = setup();
    const error = await s.useCase.execute(officer, s.identification.id, 7, { assessment: 'ActualVictimOfTrafficking' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntakeException);
    expect(error).toMatchObject({ code: IntakeErrorCode.VersionConflict, params: { currentVersion: 1 } });
    expect(s.outbox.emit).not.toHaveBeenCalled();
  });

  it('answers a retry of an applied correction with the current state, writing nothing', async () => {
    const s = setup();
    const same = await s.useCase.execute(officer, s.identification.id, 0, { assessment: 'PossibleVictimOfTrafficking' });
    expect(same.version).toBe(1);
    expect(s.identifications.saveCorrection).not.toHaveBeenCalled();
    expect(s.audit.append).not.toHaveBeenCalled();
  });

  it('changes place details silently on Kafka but still audits', async () => {
    const s = setup();
    await s.useCase.execute(officer, s.identification.id, 1, { place: { ...s.identification.place, locality: 'Konna' } });
    expect(s.outbox.emit).not.toHaveBeenCalled();
    expect(s.audit.append).toHaveBeenCalled();
  });

  it('says not found to a caller who may not correct it', async () => {
    const s = setup(false);
    await expect(s.useCase.execute(officer, s.identification.id, 1, { forms: ['Other'] })).rejects.toMatchObject({ code: IntakeErrorCode.IdentificationNotFound });
  });
});
