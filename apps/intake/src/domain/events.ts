import { ConsentChangedV1, CorrectableField, IdentificationCorrectedV1, VictimIdentifiedV1 } from '@relais/contracts';
import { coarseAttributes, Identification } from './identification';
import { eventNeeds } from './needs';

/**
 * What the other services learn of an identification: the pseudonymous victimRef and coarse
 * attributes. Built field by field (never by spreading the record), so a field added to the record
 * can never slip into an event unnoticed.
 */
export function victimIdentified(i: Identification): VictimIdentifiedV1 {
  return {
    identificationId: i.id,
    victimRef: i.victimRef,
    identifiedAt: i.identifiedAt,
    ...coarseAttributes(i),
    nationalities: [...i.nationalities],
    ...(i.languages.length ? { languages: [...i.languages] } : {}),
    forms: [...i.exploitation.forms],
    methodsOfControl: [...i.exploitation.methodsOfControl],
    needs: eventNeeds(i.needs, i.consent),
    consent: { referral: i.consent.referral, dataSharing: i.consent.dataSharing, givenBy: i.consent.givenBy },
    assessment: i.assessment,
    suspectsCount: i.suspects.length,
    ...(i.possibleDuplicateOf !== undefined ? { possibleDuplicateOf: i.possibleDuplicateOf } : {}),
  };
}

export function identificationCorrected(i: Identification, changedFields: CorrectableField[], correctedAt: string): IdentificationCorrectedV1 {
  return {
    identificationId: i.id,
    victimRef: i.victimRef,
    correctedAt,
    changedFields: [...changedFields],
    region: i.place.region,
    ...(i.place.cercle !== undefined ? { cercle: i.place.cercle } : {}),
    forms: [...i.exploitation.forms],
    methodsOfControl: [...i.exploitation.methodsOfControl],
    needs: eventNeeds(i.needs, i.consent),
    assessment: i.assessment,
  };
}

export function consentChanged(i: Identification, changedAt: string): ConsentChangedV1 {
  const { referral, dataSharing, givenBy, withdrawn } = i.consent;
  return { identificationId: i.id, victimRef: i.victimRef, changedAt, consent: { referral, dataSharing, givenBy, withdrawn } };
}
