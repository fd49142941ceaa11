import { PersonalDataErasedError, PersonalDataVault } from '@relais/vault';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { aCase, codeOf, doubles, prosecutorOf } from '../../test/unit-doubles';
import { ReadDefendant } from './read-defendant';

const record = {
  id: '01936f3e-0000-7000-8000-0000000000d1', caseId: aCase().id, identitySealed: Buffer.from('x'), sex: 'male' as const,
  nationality: 'ML', role: null, custody: 'free' as const, addedAt: new Date('2026-11-02T00:00:00Z'),
};

function setup() {
  const d = doubles();
  const cases = { find: jest.fn().mockResolvedValue(aCase()) } as unknown as jest.Mocked<CaseRepository>;
  const defendants = { find: jest.fn().mockResolvedValue(record), chargesOf: jest.fn().mockResolvedValue([]) } as unknown as jest.Mocked<DefendantRepository>;
  const vault = { open: jest.fn().mockResolvedValue({ familyName: 'Keita' }) } as unknown as jest.Mocked<PersonalDataVault>;
  return { ...d, cases, defendants, vault, useCase: new ReadDefendant(d.tx, cases, defendants, vault, d.audit) };
}

describe('ReadDefendant', () => {
  it('decrypts the identity and records the read', async () => {
    const { useCase, audits } = setup();
    expect(await useCase.execute(prosecutorOf(), aCase().id, record.id)).toMatchObject({ id: record.id, identity: { familyName: 'Keita' }, inCustody: false });
    expect(audits).toEqual([expect.objectContaining({ action: 'defendant.identity.read', resourceId: record.id, details: { caseId: aCase().id, erased: false } })]);
  });

  it('shows an erased identity as null rather than failing', async () => {
    const { useCase, vault, audits } = setup();
    vault.open.mockRejectedValue(new PersonalDataErasedError(record.id));
    expect((await useCase.execute(prosecutorOf(), aCase().id, record.id)).identity).toBeNull();
    expect(audits[0].details).toEqual({ caseId: aCase().id, erased: true });
  });

  it('answers a hidden case or a defendant of another case as not found, reading nothing and recording the refusal', async () => {
    const hidden = setup();
    hidden.cases.find.mockResolvedValue(undefined);
    expect(await codeOf(() => hidden.useCase.execute(prosecutorOf(), aCase().id, record.id))).toBe('CASE_NOT_FOUND');
    const elsewhere = setup();
    elsewhere.defendants.find.mockResolvedValue(undefined);
    expect(await codeOf(() => elsewhere.useCase.execute(prosecutorOf(), aCase().id, record.id))).toBe('DEFENDANT_NOT_FOUND');
    expect(hidden.vault.open).not.toHaveBeenCalled();
    expect(hidden.defendants.find).not.toHaveBeenCalled();
    expect([...hidden.audits, ...elsewhere.audits].map((a) => a.outcome)).toEqual(['denied', 'denied']);
  });
});
