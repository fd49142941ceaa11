import { IdentificationCorrectedV1 } from '@relais/contracts';
import { CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { aCase, aLink, directory, doubles, MOPTI } from '../../test/unit-doubles';
import { CaseTransfers } from './case-transfers';
import { IdentificationNotYetReceived, RerouteCorrectedIdentification } from './reroute-corrected-identification';

const correction: IdentificationCorrectedV1 = {
  identificationId: aLink(aCase().id).identificationId,
  victimRef: 'V-0123456789',
  correctedAt: '2026-11-03T00:00:00.000Z',
  changedFields: ['region', 'cercle'],
  region: 'segou',
  cercle: 'Niono',
  forms: ['ForcedLabour'],
  methodsOfControl: [],
  needs: [],
  assessment: 'ActualVictimOfTrafficking',
};

function setup(current = aCase(), parts = { identifications: 1, defendants: 0, hearings: 0 }) {
  const d = doubles();
  const cases = {
    find: jest.fn().mockResolvedValue(current), parts: jest.fn().mockResolvedValue(parts), update: jest.fn(), recordTransfer: jest.fn(),
  } as unknown as jest.Mocked<CaseRepository>;
  const identifications = {
    find: jest.fn().mockResolvedValue(aLink(current.id)), relocate: jest.fn(), ofCases: jest.fn().mockResolvedValue([aLink(current.id)]),
  } as unknown as jest.Mocked<IdentificationRepository>;
  return { ...d, cases, identifications, useCase: new RerouteCorrectedIdentification(d.tx, directory, cases, identifications, new CaseTransfers(cases, identifications, d.outbox), d.audit) };
}

describe('RerouteCorrectedIdentification', () => {
  it('moves an untouched case to the office the corrected place maps to', async () => {
    const { useCase, cases, identifications, emitted } = setup();
    expect(await useCase.execute(correction, { eventId: 'e' })).toBe('transferred');
    expect(identifications.relocate).toHaveBeenCalledWith(correction.identificationId, 'segou', 'Niono');
    expect(cases.update).toHaveBeenCalledWith(expect.objectContaining({ officeId: 'parquet-tgi-segou', region: 'segou', cercle: 'Niono', version: 2 }));
    expect(emitted[0]).toMatchObject({ type: 'prosecution.case-transferred.v1', data: { officeId: 'parquet-tgi-segou', fromOfficeId: MOPTI } });
  });

  it('leaves a case someone works on where it is, recording the corrected place only', async () => {
    const { useCase, cases, identifications, emitted, audits } = setup(aCase({ stage: 'preliminaryInvestigation' }));
    expect(await useCase.execute(correction, { eventId: 'e' })).toBe('left-with-prosecutor');
    expect(identifications.relocate).toHaveBeenCalled();
    expect(cases.update).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
    expect(audits[0].details).toMatchObject({ result: 'left-with-prosecutor', competentOfficeId: 'parquet-tgi-segou' });
  });

  it('changes no office when the correction keeps the same one', async () => {
    const { useCase, cases } = setup();
    expect(await useCase.execute({ ...correction, region: 'mopti', cercle: 'Djenné' }, { eventId: 'e' })).toBe('recorded');
    expect(cases.update).not.toHaveBeenCalled();
  });

  it('asks to be retried when the correction overtook its identification', async () => {
    const { useCase, identifications } = setup();
    identifications.find.mockResolvedValue(undefined);
    await expect(useCase.execute(correction, { eventId: 'e' })).rejects.toBeInstanceOf(IdentificationNotYetReceived);
  });
});
