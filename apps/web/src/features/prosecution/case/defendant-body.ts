import type { AddDefendantBody } from '../api/prosecution';

export interface DefendantValues {
  givenNames: string;
  familyName: string;
  aliases: string;
  sex: AddDefendantBody['sex'];
  custody: AddDefendantBody['custody'];
  nationality: string;
}

/** The form's values as the service takes them: empty fields left out, aliases split on commas. */
export function defendantBody(v: DefendantValues): AddDefendantBody {
  const aliases = v.aliases.split(',').map((a) => a.trim()).filter(Boolean);
  return {
    sex: v.sex,
    custody: v.custody,
    ...(v.nationality.trim() ? { nationality: v.nationality.trim().toUpperCase() } : {}),
    identity: {
      ...(v.givenNames.trim() ? { givenNames: v.givenNames.trim() } : {}),
      ...(v.familyName.trim() ? { familyName: v.familyName.trim() } : {}),
      ...(aliases.length ? { aliases } : {}),
    },
  };
}

export function hasIdentity(v: DefendantValues): boolean {
  return Object.keys(defendantBody(v).identity).length > 0;
}
