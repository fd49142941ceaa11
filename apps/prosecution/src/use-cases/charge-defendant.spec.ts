import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { aCase, aLink, codeOf, doubles, prosecutorOf } from '../../test/unit-doubles';
import { ChargeDefendant } from './charge-defendant';

const defendant = {
  id: '01936f3e-0000-7000-8000-0000000000d2', caseId: aCase().id, identitySealed: Buffer.from('x'), sex: 'female' as const,
  nationality: null, role: null, custody: 'free' as const, addedAt: new Date('2026-11-02T00:00:00Z'),
};
const existing = { id: 'c0', defendantId: defendant.id, offence: 'migrantSmuggling', iccs: '08051', law: 'Loi 2012-023, art. 4', vocabularyVersion: '2026.1', chargedAt: new Date() };

function setup() {
  const d = doubles();
  const cases = { find: jest.fn().mockResolvedValue(aCase()), update: jest.fn() } as unknown as jest.Mocked<CaseRepository>;
  const defendants = { find: jest.fn().mockResolvedValue(defendant), chargesOf: jest.fn().mockResolvedValue([existing]), insertCharge: jest.fn() } as unknown as jest.Mocked<DefendantRepository>;
  const identifications = { ofCases: jest.fn().mockResolvedValue([aLink(aCase().id)]) } as unknown as jest.Mocked<IdentificationRepository>;
  return { ...d, defendants, useCase: new ChargeDefendant(d.tx, cases, defendants, identifications, d.outbox, d.audit, d.idempotency) };
}

describe('ChargeDefendant', () => {
  it('records each offence with its ICCS code, law and vocabulary version', async () => {
    const { useCase, defendants, emitted } = setup();
    const { body } = await useCase.execute(prosecutorOf(), aCase().id, defendant.id, { offences: ['traffickingSexualExploitation', 'slavery'] });
    expect(defendants.insertCharge.mock.calls.map(([c]) => [c.offence, c.iccs, c.law, c.vocabularyVersion])).toEqual([
      ['traffickingSexualExploitation', '02041', 'Loi 2012-023', '2026.1'],
      ['slavery', '02051', 'Code pénal', '2026.1'],
    ]);
    expect(body.charges.map((c) => c.offence)).toEqual(['migrantSmuggling', 'traffickingSexualExploitation', 'slavery']);
    expect((emitted[0].data.charges as { iccs: string }[]).map((c) => c.iccs)).toEqual(['02041', '02051']);
  });

  it('refuses an offence already charged, recording none of the batch', async () => {
    const { useCase, defendants } = setup();
    expect(await codeOf(() => useCase.execute(prosecutorOf(), aCase().id, defendant.id, { offences: ['slavery', 'migrantSmuggling'] }))).toBe('CHARGE_ALREADY_BROUGHT');
    expect(defendants.insertCharge).not.toHaveBeenCalled();
  });
});
