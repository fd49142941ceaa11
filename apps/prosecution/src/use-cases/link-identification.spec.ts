import { CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { aCase, aLink, codeOf, doubles, prosecutorOf } from '../../test/unit-doubles';
import { LinkIdentification } from './link-identification';

const target = aCase();
const loneCase = aCase({ id: '01936f3e-0000-7000-8000-000000000002', reference: 'C-2222ZZZZ' });
const otherLink = aLink(loneCase.id, { identificationId: '01936f3e-0000-7000-8000-0000000000a2', victimRef: 'V-9876543210' });

function setup(visible = [target, loneCase], parts = { identifications: 1, defendants: 0, hearings: 0 }) {
  const d = doubles();
  const cases = {
    lockAll: jest.fn().mockResolvedValue(new Map(visible.map((c) => [c.id, c]))),
    parts: jest.fn().mockResolvedValue(parts),
    update: jest.fn(),
  } as unknown as jest.Mocked<CaseRepository>;
  const identifications = {
    find: jest.fn().mockResolvedValue(otherLink),
    ofCases: jest.fn(async ([id]: string[]) => (id === target.id ? [aLink(target.id)] : [otherLink])),
    relink: jest.fn(),
  } as unknown as jest.Mocked<IdentificationRepository>;
  return { ...d, cases, identifications, useCase: new LinkIdentification(d.tx, cases, identifications, d.outbox, d.audit) };
}

describe('LinkIdentification', () => {
  it("absorbs the identification's untouched case and announces both sides", async () => {
    const { useCase, cases, identifications, emitted } = setup();
    await useCase.execute(prosecutorOf(), target.id, otherLink.identificationId);
    expect(cases.update).toHaveBeenCalledWith(expect.objectContaining({ id: loneCase.id, mergedIntoCaseId: target.id }), expect.any(Date));
    expect(identifications.relink).toHaveBeenCalledWith(otherLink.identificationId, target.id, expect.any(Date));
    expect(emitted.map((e) => e.type)).toEqual(['prosecution.case-merged.v1', 'prosecution.victim-linked.v1']);
    expect(emitted[1].data).toMatchObject({ caseId: target.id, victimRef: 'V-9876543210' });
  });

  it('refuses a worked-on case, naming it, and a hidden one, without naming it', async () => {
    const worked = setup(undefined, { identifications: 1, defendants: 1, hearings: 0 });
    const error = await worked.useCase.execute(prosecutorOf(), target.id, otherLink.identificationId).catch((e) => e);
    expect(error).toMatchObject({ code: 'IDENTIFICATION_ALREADY_LINKED', params: { caseId: loneCase.id } });
    const hidden = setup([target]);
    const secret = await hidden.useCase.execute(prosecutorOf(), target.id, otherLink.identificationId).catch((e) => e);
    expect(secret).toMatchObject({ code: 'IDENTIFICATION_ALREADY_LINKED', params: { identificationId: otherLink.identificationId } });
    expect(secret.params.caseId).toBeUndefined();
    expect(hidden.cases.update).not.toHaveBeenCalled();
  });

  it('is a no-op for an identification the case already has, and a 404 for one never received', async () => {
    const same = setup();
    same.identifications.find.mockResolvedValue(aLink(target.id));
    expect(await same.useCase.execute(prosecutorOf(), target.id, aLink(target.id).identificationId)).toMatchObject({ id: target.id, version: 1 });
    expect(same.emitted).toEqual([]);
    const unknown = setup();
    unknown.identifications.find.mockResolvedValue(undefined);
    expect(await codeOf(() => unknown.useCase.execute(prosecutorOf(), target.id, otherLink.identificationId))).toBe('IDENTIFICATION_NOT_FOUND');
  });
});
