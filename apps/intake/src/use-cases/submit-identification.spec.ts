import { VictimIdentified } from '@relais/contracts';
import { RequestValidationException } from '@relais/platform';
import { unitDoubles } from '../../test/support/unit-doubles';
import { IntakeException } from '../domain/intake-errors';
import { NewIdentification } from '../domain/new-identification';
import { ConsentRepository } from '../persistence/consent.repository';
import { DuplicateIndexRepository } from '../persistence/duplicate-index.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { SubmitIdentification } from './submit-identification';

const officer = { sub: 'o-1', roles: ['police_officer' as const], unitId: 'cp-mopti', institution: 'police' as const };
const id = '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f';
const input = (): NewIdentification => ({
  identifiedAt: '2026-11-20T09:30:00Z',
  place: { region: 'mopti' },
  person: { givenNames: 'Moussa', familyName: 'Diarra', sex: 'male', estimatedAge: 11, nationalities: ['ML'] },
  exploitation: { forms: ['ForcedBegging'] },
  indicators: [],
  assessment: 'PossibleVictimOfTrafficking',
  needs: [],
  consent: { referral: true, dataSharing: false, givenBy: 'guardian', recordedAt: '2026-11-20T09:45:00Z' },
});

function setup(earlier?: string) {
  const d = unitDoubles();
  const identifications = { insert: jest.fn() } as unknown as IdentificationRepository & { insert: jest.Mock };
  const duplicates = { lock: jest.fn(), earliestMatch: jest.fn(async () => earlier), add: jest.fn() } as unknown as DuplicateIndexRepository & Record<'lock' | 'add', jest.Mock>;
  const consents = { addAll: jest.fn() } as unknown as ConsentRepository & { addAll: jest.Mock };
  const useCase = new SubmitIdentification(d.tx, d.idempotency, d.vault, d.blindIndex, d.requestFingerprint, identifications, duplicates, consents, d.outbox, d.audit);
  return { ...d, identifications, duplicates, consents, useCase };
}

describe('SubmitIdentification', () => {
  it('records the person sealed, the consent, the event and the audit record in one idempotent unit', async () => {
    const s = setup();
    const result = await s.useCase.execute(officer, id, input());
    expect(result.status).toBe(201);
    expect(result.body).toEqual({ id, victimRef: expect.stringMatching(/^V-/), status: 'recorded' });
    const victimRef = result.body.victimRef;
    expect(s.vault.sealForNewSubject.mock.calls[0].slice(0, 2)).toEqual([s.manager, victimRef]);
    expect(s.vault.sealForNewSubject.mock.calls[0][2]).toMatchObject({ givenNames: 'Moussa', estimatedAge: 11 });
    expect(s.identifications.insert.mock.calls[0][0]).toMatchObject({ id, isMinor: true, needs: [{ need: 'childProtection' }] });
    expect(s.consents.addAll).toHaveBeenCalledTimes(1);
    expect(s.consents.addAll.mock.calls[0][1]).toHaveLength(2);
    expect(s.outbox.emit).toHaveBeenCalledWith(s.manager, VictimIdentified, expect.objectContaining({ victimRef, unitId: 'cp-mopti' }));
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ actor: 'o-1', action: 'identification.create', resourceId: id });
    expect(s.idempotency.execute.mock.calls[0][1]).toMatchObject({ scope: 'intake:submit-identification', key: id });
  });

  it('flags an earlier identification of the same person without merging', async () => {
    const earlier = '0193b1e4-0000-7000-8000-000000000001';
    const s = setup(earlier);
    const result = await s.useCase.execute(officer, id, input());
    expect(result.body.possibleDuplicateOf).toBe(earlier);
    expect(s.outbox.emit.mock.calls[0][2]).toMatchObject({ possibleDuplicateOf: earlier });
    expect(s.duplicates.add).toHaveBeenCalledWith(id, expect.any(Array));
  });

  it('fingerprints the request by a keyed hash, the same whether the id came in the body or the header', async () => {
    const s = setup();
    await s.useCase.execute(officer, id, input());
    await s.useCase.execute(officer, id, { ...input(), id });
    const [first, second] = s.idempotency.execute.mock.calls.map((c) => c[1].fingerprint);
    expect(first).toEqual(second);
    expect(JSON.stringify(first)).not.toMatch(/Moussa|Diarra/);
  });

  it('refuses before touching anything: no reporting unit, or a child consenting alone', async () => {
    const s = setup();
    await expect(s.useCase.execute({ ...officer, unitId: undefined }, id, input())).rejects.toBeInstanceOf(IntakeException);
    await expect(s.useCase.execute(officer, id, { ...input(), consent: { ...input().consent, givenBy: 'victim' } })).rejects.toBeInstanceOf(RequestValidationException);
    expect(s.tx.run).not.toHaveBeenCalled();
  });
});
