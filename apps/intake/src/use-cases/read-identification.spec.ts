import { PersonalDataErasedError } from '@relais/vault';
import { sampleIdentification } from '../../test/support/samples';
import { unitDoubles } from '../../test/support/unit-doubles';
import { IntakeException } from '../domain/intake-errors';
import { ConsentRepository } from '../persistence/consent.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReadIdentification } from './read-identification';

const agency = { sub: 'cw-1', roles: ['agency_caseworker' as const], agencyId: 'shelter-1' };

function setup(found: boolean, exists = found) {
  const d = unitDoubles();
  const identification = sampleIdentification();
  const identifications = {
    findFor: jest.fn(async () => (found ? { identification, personalData: Buffer.from('x'), basis: 'acceptedReferral' } : undefined)),
    exists: jest.fn(async () => exists),
  } as unknown as IdentificationRepository & { findFor: jest.Mock };
  const consents = { listFor: jest.fn(async () => []) } as unknown as ConsentRepository;
  return { ...d, identification, identifications, useCase: new ReadIdentification(d.tx, identifications, consents, d.vault, d.audit) };
}

describe('ReadIdentification', () => {
  it('opens the details for an entitled reader and audits the read with its basis', async () => {
    const s = setup(true);
    s.vault.open.mockResolvedValue({ givenNames: 'Moussa', familyName: 'Diarra', suspectNames: [] });
    const detail = await s.useCase.execute(agency, s.identification.id);
    expect(detail.personal?.givenNames).toBe('Moussa');
    expect(s.identifications.findFor.mock.calls[0][0]).toEqual({ coordinator: false, agencyId: 'shelter-1' });
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ actor: 'cw-1', action: 'person.read', outcome: 'success', details: { basis: 'acceptedReferral', erased: false } });
  });

  it('shows an erased person as erased rather than failing', async () => {
    const s = setup(true);
    s.vault.open.mockRejectedValue(new PersonalDataErasedError(s.identification.victimRef));
    const detail = await s.useCase.execute(agency, s.identification.id);
    expect(detail.personal).toBeUndefined();
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ outcome: 'success', details: { erased: true } });
  });

  it.each([
    [true, 'notEntitled'],
    [false, 'notFound'],
  ])('answers not found alike and audits the denial (exists: %s)', async (exists, reason) => {
    const s = setup(false, exists);
    await expect(s.useCase.execute(agency, s.identification.id)).rejects.toBeInstanceOf(IntakeException);
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ outcome: 'denied', details: { reason } });
  });
});
