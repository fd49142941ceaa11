import { randomInt } from 'node:crypto';
import { REGIONS, uuidv7 } from '@relais/contracts';

const NEEDS = ['shelter', 'medical', 'psychosocial', 'legalAid', 'basicNeeds', 'education', 'livelihood', 'repatriation'] as const;
const FORMS = ['ForcedLabour', 'SexualExploitation', 'ForcedBegging', 'ChildLabour', 'ForcedMarriage', 'HereditarySlavery'] as const;
const GIVEN = ['Awa', 'Moussa', 'Fatoumata', 'Boubacar', 'Mariam', 'Seydou', 'Aminata', 'Oumar', 'Kadiatou', 'Hamidou'];
const FAMILY = ['Traoré', 'Coulibaly', 'Diarra', 'Keïta', 'Sangaré', 'Cissé', 'Touré', 'Dembélé', 'Konaté', 'Sidibé'];

export interface Submission {
  body: Record<string, unknown>;
  region: string;
  sex: 'female' | 'male';
  age: number;
  needs: { need: string; urgent: boolean }[];
  consent: boolean;
}

/** A varied, realistic identification: children and adults, every region, 1–3 needs, consent mostly given. */
export function randomSubmission(): Submission {
  const region = REGIONS[randomInt(REGIONS.length)];
  const sex = randomInt(2) ? 'female' : 'male';
  const age = randomInt(10) < 3 ? 6 + randomInt(12) : 18 + randomInt(40);
  const count = 1 + randomInt(3);
  const needs = [...NEEDS].sort(() => randomInt(3) - 1).slice(0, count).map((need) => ({ need, urgent: randomInt(5) === 0 }));
  const consent = randomInt(10) < 8;
  const minor = age < 18;
  const now = Date.now();
  return {
    region,
    sex,
    age,
    needs,
    consent,
    body: {
      id: uuidv7(),
      identifiedAt: new Date(now - 3600_000).toISOString(),
      place: { region },
      person: {
        givenNames: `${GIVEN[randomInt(GIVEN.length)]} ${uuidv7().slice(-6)}`,
        familyName: FAMILY[randomInt(FAMILY.length)],
        sex,
        estimatedAge: age,
        nationalities: ['ML'],
      },
      exploitation: { forms: [FORMS[randomInt(FORMS.length)]] },
      indicators: ['abuseOfVulnerability', 'deception'],
      assessment: 'PossibleVictimOfTrafficking',
      needs,
      consent: { referral: consent, dataSharing: false, givenBy: minor ? 'guardian' : 'victim', recordedAt: new Date(now - 1800_000).toISOString() },
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
