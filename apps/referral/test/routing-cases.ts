import { AgeBand, Need, Region, Sex } from '@relais/contracts';
import { Agency } from '../src/domain/agency';
import { RequestedNeed } from '../src/domain/routing';

/**
 * The routing table, against the demo directory and the default rules shipped in `data/`. The
 * unit spec runs it on the pure function; the integration test runs the same cases end to end
 * (an event on Kafka in, referrals and escalations out). `expect` lists every need the person
 * has after the policy (a child's implicit child protection included): an agency id, or
 * `noCandidate` (escalated to the coordinator), or `notReferred` (consent does not allow it).
 */
export type Expected = string | 'noCandidate' | 'notReferred';

export interface RoutingCase {
  name: string;
  person: { region: Region; sex: Sex; ageGroup: AgeBand; isMinor: boolean; languages?: string[] };
  needs: RequestedNeed[];
  /** Directory state for this case, set through the API in the integration test. */
  directory?: { available?: Record<string, number>; inactive?: string[] };
  /**
   * Cases that need what the API cannot arrange (a given load) run in the unit spec only. An extra
   * agency copies the demo agency whose id starts its own (`demo-cp-bamako-2` copies `demo-cp-bamako`).
   */
  unitOnly?: { load?: Record<string, number>; extraAgencies?: Partial<Agency>[] };
  expect: Partial<Record<Need, Expected>>;
}

export function need(name: Need, options: { urgent?: boolean; consented?: boolean } = {}): RequestedNeed {
  return { need: name, urgent: options.urgent ?? false, referralConsented: options.consented ?? true };
}

const girl = (region: Region) => ({ region, sex: 'female' as const, ageGroup: '9-17' as const, isMinor: true });
const boy = (region: Region) => ({ region, sex: 'male' as const, ageGroup: '9-17' as const, isMinor: true });
const woman = (region: Region, languages?: string[]) => ({ region, sex: 'female' as const, ageGroup: '24-26' as const, isMinor: false, languages });
const man = (region: Region, languages?: string[]) => ({ region, sex: 'male' as const, ageGroup: '30-38' as const, isMinor: false, languages });

export const ROUTING_CASES: RoutingCase[] = [
  {
    name: 'a child in Bamako goes to child protection of Bamako',
    person: girl('bamako'),
    needs: [need('childProtection', { consented: false })],
    expect: { childProtection: 'demo-cp-bamako' },
  },
  {
    name: 'a child with no need recorded still goes to child protection',
    person: boy('mopti'),
    needs: [],
    expect: { childProtection: 'demo-cp-mopti' },
  },
  {
    name: 'a child without consent: child protection only, shelter not referred',
    person: boy('kidal'),
    needs: [need('childProtection'), need('shelter', { consented: false })],
    expect: { childProtection: 'demo-cp-kidal', shelter: 'notReferred' },
  },
  {
    name: 'a child in Kidal needing shelter with consent: no shelter there nor national, escalated',
    person: girl('kidal'),
    needs: [need('childProtection'), need('shelter')],
    expect: { childProtection: 'demo-cp-kidal', shelter: 'noCandidate' },
  },
  {
    name: 'a girl in Bamako: the women’s shelter (Shelter type first)',
    person: girl('bamako'),
    needs: [need('shelter')],
    expect: { childProtection: 'demo-cp-bamako', shelter: 'demo-shelter-bamako-women' },
  },
  {
    name: 'a boy in Bamako: not the women’s shelter, the NGO shelter',
    person: boy('bamako'),
    needs: [need('shelter')],
    expect: { childProtection: 'demo-cp-bamako', shelter: 'demo-shelter-bamako-ngo' },
  },
  {
    name: 'a child in Sikasso: the shelter takes adults only, escalated',
    person: boy('sikasso'),
    needs: [need('shelter')],
    expect: { childProtection: 'demo-cp-sikasso', shelter: 'noCandidate' },
  },
  {
    name: 'an adult woman in Bamako with consent: the women’s shelter',
    person: woman('bamako'),
    needs: [need('shelter')],
    expect: { shelter: 'demo-shelter-bamako-women' },
  },
  {
    name: 'the women’s shelter full: the NGO shelter',
    person: woman('bamako'),
    needs: [need('shelter')],
    directory: { available: { 'demo-shelter-bamako-women': 0 } },
    expect: { shelter: 'demo-shelter-bamako-ngo' },
  },
  {
    name: 'both Bamako shelters full: escalated',
    person: woman('bamako'),
    needs: [need('shelter')],
    directory: { available: { 'demo-shelter-bamako-women': 0, 'demo-shelter-bamako-ngo': 0 } },
    expect: { shelter: 'noCandidate' },
  },
  {
    name: 'an adult man in Mopti: the Mopti shelter',
    person: man('mopti'),
    needs: [need('shelter')],
    expect: { shelter: 'demo-shelter-mopti' },
  },
  {
    name: 'the Mopti shelter full: no shelter elsewhere covers Mopti, escalated',
    person: man('mopti'),
    needs: [need('shelter')],
    directory: { available: { 'demo-shelter-mopti': 0 } },
    expect: { shelter: 'noCandidate' },
  },
  {
    name: 'an adult in Sikasso: the adults’ shelter',
    person: man('sikasso'),
    needs: [need('shelter'), need('basicNeeds')],
    expect: { shelter: 'demo-shelter-sikasso', basicNeeds: 'demo-shelter-sikasso' },
  },
  {
    name: 'an inactive shelter is never chosen',
    person: woman('kayes'),
    needs: [need('shelter')],
    directory: { inactive: ['demo-shelter-kayes'] },
    expect: { shelter: 'noCandidate' },
  },
  {
    name: 'an adult without consent: nothing referred',
    person: woman('kayes'),
    needs: [need('shelter', { consented: false }), need('legalAid', { consented: false })],
    expect: { shelter: 'notReferred', legalAid: 'notReferred' },
  },
  {
    name: 'an adult without consent, urgent medical need: referred all the same',
    person: man('gao'),
    needs: [need('medical', { urgent: true, consented: false }), need('psychosocial', { consented: false })],
    expect: { medical: 'demo-health-national', psychosocial: 'notReferred' },
  },
  {
    name: 'an adult without consent, medical need not urgent: not referred',
    person: man('gao'),
    needs: [need('medical', { consented: false })],
    expect: { medical: 'notReferred' },
  },
  {
    name: 'legal aid in Kidal: no local agency, the national one',
    person: woman('kidal'),
    needs: [need('legalAid')],
    expect: { legalAid: 'demo-legal-aid-national' },
  },
  {
    name: 'psychosocial support in Bamako: the local centre before the national NGO',
    person: woman('bamako'),
    needs: [need('psychosocial')],
    expect: { psychosocial: 'demo-psychosocial-bamako' },
  },
  {
    name: 'the local centre inactive: a local agency of lower priority still comes before a national one',
    person: woman('bamako'),
    needs: [need('psychosocial')],
    directory: { inactive: ['demo-psychosocial-bamako'] },
    expect: { psychosocial: 'demo-shelter-bamako-women' },
  },
  {
    name: 'psychosocial support in Tombouctou: the national NGO',
    person: man('tombouctou'),
    needs: [need('psychosocial')],
    expect: { psychosocial: 'demo-psychosocial-national' },
  },
  {
    name: 'a child in Ségou needing psychosocial support: the local child protection service',
    person: girl('segou'),
    needs: [need('psychosocial')],
    expect: { childProtection: 'demo-cp-segou', psychosocial: 'demo-cp-segou' },
  },
  {
    name: 'interpretation from English in Bamako: the local interpreters',
    person: woman('bamako', ['en']),
    needs: [need('interpretation')],
    expect: { interpretation: 'demo-interpretation-bamako' },
  },
  {
    name: 'interpretation from Tamashek in Bamako: the local interpreters lack it, the national network',
    person: man('bamako', ['tmh']),
    needs: [need('interpretation')],
    expect: { interpretation: 'demo-interpretation-national' },
  },
  {
    name: 'interpretation from Bambara recorded as ISO 639-2 (bam): matches interpreters listed with bm',
    person: woman('bamako', ['bam']),
    needs: [need('interpretation')],
    expect: { interpretation: 'demo-interpretation-bamako' },
  },
  {
    name: 'interpretation from Hausa: nobody speaks it, escalated',
    person: man('gao', ['hau']),
    needs: [need('interpretation')],
    expect: { interpretation: 'noCandidate' },
  },
  {
    name: 'repatriation and livelihood: the return and reintegration partner',
    person: man('kayes'),
    needs: [need('repatriation'), need('livelihood')],
    expect: { repatriation: 'demo-return-reintegration', livelihood: 'demo-return-reintegration' },
  },
  {
    name: 'sex not recorded: the shelter that takes everyone',
    person: { region: 'bamako', sex: 'unknown', ageGroup: 'unknown', isMinor: false },
    needs: [need('shelter')],
    expect: { shelter: 'demo-shelter-bamako-ngo' },
  },
  {
    name: 'a child with urgent needs and no consent: child protection and urgent care, not legal aid',
    person: boy('bamako'),
    needs: [need('childProtection', { urgent: true }), need('medical', { urgent: true, consented: false }), need('legalAid', { consented: false })],
    expect: { childProtection: 'demo-cp-bamako', medical: 'demo-health-national', legalAid: 'notReferred' },
  },
  {
    name: 'an adult asking for child protection: services for children only, escalated',
    person: woman('koulikoro'),
    needs: [need('childProtection')],
    expect: { childProtection: 'noCandidate' },
  },
  {
    name: 'equally suitable agencies: the least busy one',
    person: girl('bamako'),
    needs: [],
    unitOnly: {
      extraAgencies: [{ id: 'demo-cp-bamako-2', regions: ['bamako'] }],
      load: { 'demo-cp-bamako': 4, 'demo-cp-bamako-2': 1 },
    },
    expect: { childProtection: 'demo-cp-bamako-2' },
  },
  {
    name: 'equal load: the lowest id, so the choice never depends on storage order',
    person: girl('bamako'),
    needs: [],
    unitOnly: { extraAgencies: [{ id: 'demo-cp-bamako-2', regions: ['bamako'] }], load: {} },
    expect: { childProtection: 'demo-cp-bamako' },
  },
  {
    name: 'a person needing an interpreter: among equals, the agency speaking their language first',
    person: man('mopti', ['ff']),
    needs: [need('shelter'), need('interpretation')],
    unitOnly: {
      extraAgencies: [{ id: 'demo-shelter-mopti-2', type: 'Shelter', services: ['shelter'], regions: ['mopti'], languages: ['fr'], capacity: { beds: 5, available: 5 } }],
      load: { 'demo-shelter-mopti': 3 },
    },
    expect: { shelter: 'demo-shelter-mopti', interpretation: 'demo-interpretation-national' },
  },
];
