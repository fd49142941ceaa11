import { CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { aCase, aLink, codeOf, directory, doubles, MOPTI, prosecutorOf } from '../../test/unit-doubles';
import { CaseTransfers } from './case-transfers';
import { TransferCase } from './transfer-case';

function setup() {
  const d = doubles();
  const cases = { find: jest.fn().mockResolvedValue(aCase()), update: jest.fn(), recordTransfer: jest.fn() } as unknown as jest.Mocked<CaseRepository>;
  const identifications = { ofCases: jest.fn().mockResolvedValue([aLink(aCase().id)]) } as unknown as jest.Mocked<IdentificationRepository>;
  return { ...d, cases, useCase: new TransferCase(d.tx, directory, cases, new CaseTransfers(cases, identifications, d.outbox), d.audit) };
}

describe('TransferCase', () => {
  it('hands the case over, keeps a record of the move and announces it', async () => {
    const { useCase, cases, emitted } = setup();
    const at = new Date('2026-11-15T00:00:00Z');
    const result = await useCase.execute(prosecutorOf(), aCase().id, { toOfficeId: 'parquet-tgi-bamako-commune-3', version: 1, at });
    expect(result).toMatchObject({ officeId: 'parquet-tgi-bamako-commune-3', version: 2 });
    expect(cases.recordTransfer).toHaveBeenCalledWith(aCase().id, MOPTI, 'parquet-tgi-bamako-commune-3', at, `p-${MOPTI}`);
    expect(emitted[0]).toMatchObject({ type: 'prosecution.case-transferred.v1', data: { officeId: 'parquet-tgi-bamako-commune-3', fromOfficeId: MOPTI, transferredAt: at.toISOString() } });
  });

  it('refuses an office the directory does not know before touching the case', async () => {
    const { useCase, cases } = setup();
    expect(await codeOf(() => useCase.execute(prosecutorOf(), aCase().id, { toOfficeId: 'parquet-tgi-atlantis', version: 1 }))).toBe('UNKNOWN_OFFICE');
    expect(cases.find).not.toHaveBeenCalled();
  });
});
