import { PersonalDataVault, RequestFingerprint } from '@relais/vault';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { aCase, aLink, codeOf, doubles, prosecutorOf } from '../../test/unit-doubles';
import { AddDefendant, AddDefendantCommand } from './add-defendant';

const command: AddDefendantCommand = {
  identity: { familyName: 'Coulibaly', givenNames: 'Bakary', identityDocuments: [{ kind: 'passport', number: 'AA123456' }] },
  sex: 'male',
  nationality: 'BF',
  role: 'Transporter',
  custody: 'policeCustody',
};

function setup(current = aCase()) {
  const d = doubles();
  const cases = { find: jest.fn().mockResolvedValue(current), update: jest.fn() } as unknown as jest.Mocked<CaseRepository>;
  const defendants = { insert: jest.fn() } as unknown as jest.Mocked<DefendantRepository>;
  const identifications = { ofCases: jest.fn().mockResolvedValue([aLink(current.id)]) } as unknown as jest.Mocked<IdentificationRepository>;
  const vault = { createSubject: jest.fn(), seal: jest.fn().mockResolvedValue(Buffer.from('sealed')) } as unknown as jest.Mocked<PersonalDataVault>;
  const requestFingerprint = new RequestFingerprint(Buffer.alloc(32, 7));
  return { ...d, cases, defendants, vault, useCase: new AddDefendant(d.tx, cases, defendants, identifications, vault, requestFingerprint, d.outbox, d.audit, d.idempotency) };
}

describe('AddDefendant', () => {
  it("seals the identity under the defendant's own key and keeps it out of the row, the event and the answer", async () => {
    const { useCase, vault, defendants, emitted, audits } = setup();
    const { status, body } = await useCase.execute(prosecutorOf(), aCase().id, command);
    expect(status).toBe(201);
    expect(vault.createSubject).toHaveBeenCalledWith(expect.anything(), body.id);
    expect(vault.seal).toHaveBeenCalledWith(expect.anything(), body.id, command.identity);
    expect(defendants.insert).toHaveBeenCalledWith(expect.objectContaining({ id: body.id, identitySealed: Buffer.from('sealed'), custody: 'policeCustody' }), `p-parquet-tgi-mopti`);
    expect(emitted[0]).toMatchObject({ type: 'prosecution.defendant-added.v1', data: { defendantId: body.id, sex: 'male', nationality: 'BF', role: 'Transporter', inCustody: true } });
    for (const secret of ['Coulibaly', 'Bakary', 'AA123456']) expect(JSON.stringify([body, emitted, audits])).not.toContain(secret);
  });

  it('fingerprints a retried request with keyed digests, never the identity itself', async () => {
    const { useCase, idempotent } = setup();
    await useCase.execute(prosecutorOf(), aCase().id, command, 'key-1');
    const stored = JSON.stringify(idempotent);
    for (const secret of ['Coulibaly', 'Bakary', 'AA123456']) expect(stored).not.toContain(secret);
    expect(idempotent[0]).toMatchObject({ scope: 'prosecution:add-defendant', fingerprint: { clear: expect.objectContaining({ sex: 'male' }) } });
  });

  it('refuses a defendant once the judgment is rendered', async () => {
    const { useCase, defendants } = setup(aCase({ stage: 'judgment' }));
    expect(await codeOf(() => useCase.execute(prosecutorOf(), aCase().id, command))).toBe('STAGE_FORBIDS_DEFENDANTS');
    expect(defendants.insert).not.toHaveBeenCalled();
  });
});
