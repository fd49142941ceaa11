import { PersonalDataErased } from '@relais/contracts';
import { sampleIdentification } from '../../test/support/samples';
import { unitDoubles } from '../../test/support/unit-doubles';
import { Identification } from '../domain/identification';
import { IntakeErrorCode } from '../domain/intake-errors';
import { DuplicateIndexRepository } from '../persistence/duplicate-index.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ErasePersonalData } from './erase-personal-data';

const dpo = { sub: 'dpo-1', roles: ['data_protection_officer' as const] };

function setup(identification: Identification | null, keyAlreadyGone: boolean) {
  const d = unitDoubles();
  d.vault.isErased.mockResolvedValue(keyAlreadyGone);
  const identifications = {
    findByVictimRefForErasure: jest.fn(async () => (identification ? { identification, personalData: Buffer.from('x') } : undefined)),
    markErased: jest.fn(),
  } as unknown as IdentificationRepository & { markErased: jest.Mock };
  const duplicates = { removeFor: jest.fn() } as unknown as DuplicateIndexRepository & { removeFor: jest.Mock };
  return { ...d, identifications, duplicates, useCase: new ErasePersonalData(d.tx, identifications, duplicates, d.vault, d.outbox, d.audit) };
}

describe('ErasePersonalData', () => {
  it('shreds the data key, drops the blind-index keys, marks the record and tells the others', async () => {
    const i = sampleIdentification();
    const s = setup(i, false);
    const receipt = await s.useCase.execute(dpo, i.victimRef);
    expect(receipt).toMatchObject({ victimRef: i.victimRef, identificationIds: [i.id], alreadyErased: false });
    expect(s.vault.shred).toHaveBeenCalledWith(s.manager, i.victimRef);
    expect(s.identifications.markErased).toHaveBeenCalledWith(i.id, receipt.erasedAt);
    expect(s.duplicates.removeFor).toHaveBeenCalledWith(i.id);
    expect(s.outbox.emit).toHaveBeenCalledWith(s.manager, PersonalDataErased, { victimRef: i.victimRef, identificationIds: [i.id], erasedAt: receipt.erasedAt });
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ actor: 'dpo-1', action: 'personal-data.erase', details: { alreadyErased: false } });
  });

  it('does nothing again for a person already erased, but audits the request', async () => {
    const i: Identification = { ...sampleIdentification(), status: 'personalDataErased', erasedAt: '2026-11-30T00:00:00.000Z' };
    const s = setup(i, true);
    expect(await s.useCase.execute(dpo, i.victimRef)).toMatchObject({ alreadyErased: true, erasedAt: '2026-11-30T00:00:00.000Z' });
    expect(s.outbox.emit).not.toHaveBeenCalled();
    expect(s.audit.append).toHaveBeenCalled();
  });

  it('says not found for an unknown victimRef', async () => {
    await expect(setup(null, false).useCase.execute(dpo, 'V-0000000000')).rejects.toMatchObject({ code: IntakeErrorCode.VictimNotFound });
  });
});
