import { VictimIdentifiedV1 } from '@relais/contracts';
import { CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { directory, doubles } from '../../test/unit-doubles';
import { OpenCaseFromIdentification } from './open-case-from-identification';

const identified: VictimIdentifiedV1 = {
  identificationId: '01936f3e-0000-7000-8000-0000000000b1',
  victimRef: 'V-ABCDEFGHJK',
  identifiedAt: '2026-11-20T08:00:00.000Z',
  region: 'koulikoro',
  cercle: 'KATI',
  institution: 'gendarmerie',
  unitId: 'brigade-kati',
  sex: 'male',
  ageGroup: '9-17',
  isMinor: true,
  nationalities: ['ML'],
  forms: ['ForcedBegging'],
  methodsOfControl: [],
  needs: [],
  consent: { referral: true, dataSharing: true, givenBy: 'guardian' },
  assessment: 'PossibleVictimOfTrafficking',
  suspectsCount: 2,
};

function setup(claimed: boolean) {
  const d = doubles();
  const cases = { insert: jest.fn(), recordStageChange: jest.fn() } as unknown as jest.Mocked<CaseRepository>;
  const identifications = { claim: jest.fn().mockResolvedValue(claimed) } as unknown as jest.Mocked<IdentificationRepository>;
  const useCase = new OpenCaseFromIdentification(d.tx, directory, cases, identifications, d.outbox, d.audit);
  return { ...d, cases, identifications, useCase };
}

describe('OpenCaseFromIdentification', () => {
  const now = new Date('2026-11-21T10:00:00Z');

  it('opens a case at the office of the place (cercle override included), dated from the identification', async () => {
    const { useCase, cases, identifications, emitted, audits } = setup(true);
    const outcome = await useCase.execute(identified, { eventId: 'evt-1' }, now);
    expect(outcome).toMatchObject({ opened: true, officeId: 'parquet-tgi-kati' });
    const opened = cases.insert.mock.calls[0][0];
    expect(opened).toMatchObject({ officeId: 'parquet-tgi-kati', stage: 'reportReceived', openedAt: now, stageChangedAt: new Date(identified.identifiedAt), openedFrom: 'identification', version: 1 });
    expect(identifications.claim).toHaveBeenCalledWith(
      expect.objectContaining({ identificationId: identified.identificationId, caseId: opened.id, victimRef: identified.victimRef }),
      identified.unitId,
    );
    expect(emitted).toEqual([{ type: 'prosecution.case-opened.v1', data: expect.objectContaining({ caseId: opened.id, victimRefs: [identified.victimRef], region: 'koulikoro', openedFrom: 'identification' }) }]);
    expect(audits).toEqual([expect.objectContaining({ actor: 'system:prosecution', action: 'case.open', resourceId: opened.id })]);
  });

  it('does nothing for an identification already recorded', async () => {
    const { useCase, cases, emitted, audits } = setup(false);
    expect(await useCase.execute(identified, { eventId: 'evt-2' }, now)).toEqual({ opened: false });
    expect(cases.insert).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
    expect(audits).toEqual([]);
  });

  it('never dates the report after the moment it is recorded', async () => {
    const { useCase, cases } = setup(true);
    await useCase.execute({ ...identified, identifiedAt: '2026-11-21T10:02:00.000Z' }, { eventId: 'evt-3' }, now);
    expect(cases.insert.mock.calls[0][0].stageChangedAt).toEqual(now);
  });
});
