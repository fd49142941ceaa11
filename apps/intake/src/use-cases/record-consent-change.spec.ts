import { ConsentChanged } from '@relais/contracts';
import { RequestValidationException } from '@relais/platform';
import { sampleIdentification } from '../../test/support/samples';
import { unitDoubles } from '../../test/support/unit-doubles';
import { ConsentRecord } from '../domain/consent';
import { Identification } from '../domain/identification';
import { IntakeErrorCode } from '../domain/intake-errors';
import { ConsentRepository } from '../persistence/consent.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { RecordConsentChange } from './record-consent-change';

const caseworker = { sub: 'cw-1', roles: ['agency_caseworker' as const], agencyId: 'shelter-1' };
const recordId = '0193b1e4-6f2a-7c3d-8e4f-000000000099';

function setup(identification: Identification | null = sampleIdentification()) {
  const d = unitDoubles();
  const records: ConsentRecord[] = [
    { purpose: 'referral', givenBy: 'guardian', given: true, withdrawn: false, recordedAt: '2026-11-20T09:45:00.000Z', seq: 1 },
    { purpose: 'dataSharing', givenBy: 'guardian', given: false, withdrawn: false, recordedAt: '2026-11-20T09:45:00.000Z', seq: 2 },
  ];
  const identifications = {
    findByVictimRefFor: jest.fn(async () => (identification ? { identification, personalData: Buffer.from('x'), basis: 'acceptedReferral' } : undefined)),
    saveConsent: jest.fn(),
  } as unknown as IdentificationRepository & Record<'findByVictimRefFor' | 'saveConsent', jest.Mock>;
  const consents = {
    add: jest.fn(async (_id: string, r: ConsentRecord) => void records.push({ ...r, seq: records.length + 1 })),
    listFor: jest.fn(async () => records),
  } as unknown as ConsentRepository & { add: jest.Mock };
  return { ...d, identifications, consents, useCase: new RecordConsentChange(d.tx, d.idempotency, identifications, consents, d.outbox, d.audit) };
}

const withdrawal = { purpose: 'referral' as const, givenBy: 'guardian' as const, withdrawn: true, recordedAt: '2026-11-22T10:00:00Z' };

describe('RecordConsentChange', () => {
  it('records a withdrawal, updates the consent in force and tells the other services', async () => {
    const s = setup();
    const result = await s.useCase.execute(caseworker, 'V-0123456789', recordId, withdrawal);
    expect(result.status).toBe(201);
    expect(result.body.consent).toEqual({ referral: false, dataSharing: false, givenBy: 'guardian', withdrawn: true });
    expect(s.consents.add.mock.calls[0][1]).toMatchObject({ id: recordId, given: false, withdrawn: true, recordedBy: 'cw-1' });
    expect(s.identifications.findByVictimRefFor.mock.calls[0][0]).toEqual({ coordinator: false, agencyId: 'shelter-1' });
    expect(s.outbox.emit).toHaveBeenCalledWith(s.manager, ConsentChanged, expect.objectContaining({ consent: result.body.consent }));
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ action: 'consent.record', resourceId: 'V-0123456789', details: { stateChanged: true } });
  });

  it('records an act limited to one recipient without an event, since the state in force is unchanged', async () => {
    const s = setup();
    await s.useCase.execute(caseworker, 'V-0123456789', recordId, { ...withdrawal, recipient: 'shelter-2' });
    expect(s.consents.add).toHaveBeenCalled();
    expect(s.outbox.emit).not.toHaveBeenCalled();
  });

  it('refuses a child consenting alone, an erased person and a person the caller may not see', async () => {
    await expect(setup().useCase.execute(caseworker, 'V-0123456789', recordId, { ...withdrawal, givenBy: 'victim' })).rejects.toBeInstanceOf(RequestValidationException);
    const erased = { ...sampleIdentification(), status: 'personalDataErased' as const, erasedAt: '2026-11-30T00:00:00.000Z' };
    await expect(setup(erased).useCase.execute(caseworker, 'V-0123456789', recordId, withdrawal)).rejects.toMatchObject({ code: IntakeErrorCode.PersonalDataErased });
    await expect(setup(null).useCase.execute(caseworker, 'V-0123456789', recordId, withdrawal)).rejects.toMatchObject({ code: IntakeErrorCode.VictimNotFound });
  });
});
