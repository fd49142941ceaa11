import { ConsentChanged } from './consent-changed.v1';
import { IdentificationCorrected } from './identification-corrected.v1';
import { PersonalDataErased } from './personal-data-erased.v1';
import { VictimIdentified } from './victim-identified.v1';

export * from './consent-changed.v1';
export * from './identification-corrected.v1';
export * from './personal-data-erased.v1';
export * from './victim-identified.v1';

export const INTAKE_EVENTS = [VictimIdentified, IdentificationCorrected, ConsentChanged, PersonalDataErased] as const;
