import { CaseRepository } from '../persistence/case.repository';
import { codeOf, directory, doubles, MOPTI, prosecutorOf } from '../../test/unit-doubles';
import { OpenCase } from './open-case';

function setup() {
  const d = doubles();
  const cases = { insert: jest.fn(), recordStageChange: jest.fn() } as unknown as jest.Mocked<CaseRepository>;
  return { ...d, cases, useCase: new OpenCase(d.tx, directory, cases, d.outbox, d.audit, d.idempotency) };
}

describe('OpenCase', () => {
  it("opens at the prosecutor's own office and announces it", async () => {
    const { useCase, emitted, cases } = setup();
    const result = await useCase.execute(prosecutorOf(), { region: 'mopti', cercle: 'Djenné' }, undefined, new Date('2026-11-21T10:00:00Z'));
    expect(result).toMatchObject({ status: 201, body: { officeId: MOPTI, openedFrom: 'prosecutor', cercle: 'Djenné', victimRefs: [] } });
    expect(cases.insert).toHaveBeenCalledTimes(1);
    expect(emitted[0]).toMatchObject({ type: 'prosecution.case-opened.v1', data: { officeId: MOPTI, identificationIds: [], openedFrom: 'prosecutor' } });
  });

  it('refuses another office, a token without jurisdiction, or an office the directory does not know', async () => {
    const { useCase, cases } = setup();
    expect(await codeOf(() => useCase.execute(prosecutorOf(), { region: 'mopti', officeId: 'parquet-tgi-gao' }))).toBe('OFFICE_OUTSIDE_JURISDICTION');
    expect(await codeOf(() => useCase.execute({ sub: 'p', roles: ['prosecutor'] }, { region: 'mopti' }))).toBe('JURISDICTION_REQUIRED');
    expect(await codeOf(() => useCase.execute(prosecutorOf('parquet-atlantis'), { region: 'mopti' }))).toBe('UNKNOWN_OFFICE');
    expect(cases.insert).not.toHaveBeenCalled();
  });

  it('goes through the idempotency store when the client sends a key', async () => {
    const { useCase, idempotent } = setup();
    await useCase.execute(prosecutorOf(), { region: 'mopti' }, 'key-1');
    expect(idempotent).toEqual([expect.objectContaining({ scope: 'prosecution:open-case', fingerprint: expect.objectContaining({ sub: `p-${MOPTI}` }) })]);
  });
});
