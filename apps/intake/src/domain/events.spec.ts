import { buildEvent, ConsentChanged, IdentificationCorrected, validateEvent, VictimIdentified } from '@relais/contracts';
import { PERSONAL_DATA_FIELDS } from '@relais/observability';
import { consentChanged, identificationCorrected, victimIdentified } from './events';
import { sampleIdentification as sample } from '../../test/support/samples';

function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysDeep(v)]);
  return [];
}

describe('events built from an identification', () => {
  it('victim-identified is valid against its contract and names no personal field', () => {
    const data = victimIdentified(sample());
    expect(validateEvent(buildEvent(VictimIdentified, data, { correlationId: 'c' }), 'produce').kind).toBe('valid');
    expect(keysDeep(data).filter((k) => (PERSONAL_DATA_FIELDS as readonly string[]).includes(k))).toEqual([]);
    expect(data).toMatchObject({ suspectsCount: 1, institution: 'gendarmerie', needs: [{ need: 'childProtection', urgent: true, referralConsented: true }] });
    expect(JSON.stringify(data)).not.toMatch(/Sofara|14\.01|officer-7/);
  });

  it('identification-corrected carries the full corrected state', () => {
    const data = identificationCorrected(sample(), ['needs'], '2026-11-21T10:00:00.000Z');
    expect(validateEvent(buildEvent(IdentificationCorrected, data, { correlationId: 'c' }), 'produce').kind).toBe('valid');
    expect(data).toMatchObject({ region: 'mopti', cercle: 'Djenné', forms: ['ForcedBegging'], changedFields: ['needs'] });
  });

  it('consent-changed carries the consent in force', () => {
    const data = consentChanged({ ...sample(), consent: { referral: false, dataSharing: false, givenBy: 'guardian', withdrawn: true } }, '2026-11-22T10:00:00.000Z');
    expect(validateEvent(buildEvent(ConsentChanged, data, { correlationId: 'c' }), 'produce').kind).toBe('valid');
    expect(data.consent).toEqual({ referral: false, dataSharing: false, givenBy: 'guardian', withdrawn: true });
  });
});
