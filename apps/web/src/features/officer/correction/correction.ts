import { z } from 'zod/mini';
import type { CorrectionBody, IdentificationDetail } from '../api/intake';
import { assessmentSchema, formsSchema, methodsSchema, needsSchema, placeSchema } from '../form/rules';
import type { IdentificationValues, NeedValues } from '../form/values';

/** What a correction may change (intake's CorrectIdentificationBody): nothing that identifies the person. */
export interface CorrectionValues {
  place: IdentificationValues['place'];
  forms: string[];
  methodsOfControl: string[];
  needs: NeedValues[];
  assessment: string;
}

export const correctionSchema = z
  .object({ place: placeSchema, forms: formsSchema, methodsOfControl: methodsSchema, needs: needsSchema, assessment: assessmentSchema })
  .check(z.superRefine((v, ctx) => {
    if ((v.place.latitude.trim() === '') !== (v.place.longitude.trim() === '')) {
      ctx.addIssue({ code: 'custom', path: ['place', v.place.latitude.trim() === '' ? 'latitude' : 'longitude'], message: 'officer.rules.bothCoordinates' });
    }
  }));

const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));

export function correctionValues(detail: IdentificationDetail): CorrectionValues {
  const p = detail.place;
  return {
    place: { region: p.region, cercle: s(p.cercle), commune: s(p.commune), locality: s(p.locality), latitude: s(p.latitude), longitude: s(p.longitude) },
    forms: [...detail.exploitation.forms],
    methodsOfControl: [...(detail.exploitation.methodsOfControl ?? [])],
    needs: detail.needs.map((n) => ({ need: n.need, urgent: n.urgent })),
    assessment: detail.assessment,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed, with the version it was made on: a field left alone is not sent, so it cannot overwrite anyone. */
export function correctionBody(before: CorrectionValues, after: CorrectionValues, version: number): CorrectionBody {
  const place = Object.fromEntries(
    Object.entries(after.place).filter(([k, v]) => v.trim() !== '' && k !== 'latitude' && k !== 'longitude').map(([k, v]) => [k, v.trim()]),
  );
  const coordinates = after.place.latitude.trim() !== '' ? { latitude: Number(after.place.latitude), longitude: Number(after.place.longitude) } : {};
  return {
    version,
    ...(!same(before.place, after.place) ? { place: { ...place, ...coordinates } as CorrectionBody['place'] } : {}),
    ...(!same(before.forms, after.forms) ? { forms: after.forms as CorrectionBody['forms'] } : {}),
    ...(!same(before.methodsOfControl, after.methodsOfControl) ? { methodsOfControl: after.methodsOfControl as CorrectionBody['methodsOfControl'] } : {}),
    ...(!same(before.needs, after.needs) ? { needs: after.needs as CorrectionBody['needs'] } : {}),
    ...(before.assessment !== after.assessment ? { assessment: after.assessment as CorrectionBody['assessment'] } : {}),
  };
}

/** Fields that both this officer and someone else changed since the version the correction started from. */
export function conflictingFields(base: CorrectionValues, mine: CorrectionValues, theirs: CorrectionValues): (keyof CorrectionValues)[] {
  return (Object.keys(base) as (keyof CorrectionValues)[]).filter((k) => !same(base[k], mine[k]) && !same(base[k], theirs[k]) && !same(mine[k], theirs[k]));
}

/**
 * The officer's own changes (from `base`) laid over the current version: what the officer keeps
 * when choosing to re-apply their correction. Fields they did not touch keep the other person's value.
 */
export function reapply(base: CorrectionValues, mine: CorrectionValues, current: CorrectionValues): CorrectionValues {
  const merged = { ...current };
  for (const k of Object.keys(base) as (keyof CorrectionValues)[]) {
    if (!same(base[k], mine[k])) (merged as Record<string, unknown>)[k] = mine[k];
  }
  return merged;
}
