import {
  buildEvent, CaseMerged, CaseOpened, CaseStageChanged, CaseTransferred, CLOUDEVENTS_CONTENT_TYPE, CloudEvent, ConsentChanged,
  DefendantAdded, DefendantCharged, EventDefinition, HearingScheduled, Headers, IdentificationCorrected, JudgmentRendered,
  newReference, newVictimRef, PersonalDataErased, ReferralAccepted, ReferralAcknowledged, ReferralClosed, ReferralCreated,
  ReferralDeclined, ReferralEscalated, uuidv7, VictimIdentified, VictimIdentifiedV1, VictimLinked,
} from '@relais/contracts';
import { Kafka } from 'kafkajs';

/** One event to publish, as another service's relay would. */
export interface Published {
  event: CloudEvent;
  definition: EventDefinition;
}

const HOUR = 3_600_000;
const at = (iso: string, hours = 0) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

export function item<T extends object>(definition: EventDefinition<T>, data: T, id?: string): Published {
  return { event: buildEvent(definition, data, { correlationId: uuidv7(), id }) as CloudEvent, definition: definition as unknown as EventDefinition };
}

/** Publishes in the order given, in one producer session (keys keep each aggregate's events in order). */
export async function publishAll(kafka: Kafka, namespace: string, items: Published[]): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  try {
    for (const { event, definition } of items) {
      await producer.send({
        topic: `${namespace}${definition.topic}`,
        messages: [{ key: definition.keyOf(event.data), value: JSON.stringify(event), headers: { [Headers.ContentType]: CLOUDEVENTS_CONTENT_TYPE } }],
      });
    }
  } finally {
    await producer.disconnect();
  }
}

interface Person {
  identification: VictimIdentifiedV1;
}

function identification(overrides: Partial<VictimIdentifiedV1> & Pick<VictimIdentifiedV1, 'identifiedAt' | 'region' | 'sex' | 'ageGroup' | 'isMinor' | 'forms'>): VictimIdentifiedV1 {
  return {
    identificationId: uuidv7(),
    victimRef: newVictimRef(),
    institution: 'police',
    unitId: 'unit-1',
    nationalities: ['ML'],
    methodsOfControl: [],
    needs: [],
    consent: { referral: true, dataSharing: false, givenBy: 'victim' },
    assessment: 'PossibleVictimOfTrafficking',
    suspectsCount: 1,
    ...overrides,
  };
}

/**
 * A known year (2025) of events, with the figures it must give worked out by hand in the test.
 * Mopti: 12 victims in March (4 children, forced begging); one is later corrected to Ségou, and a
 * stale correction arrives after the right one. Kidal: 3 women in June. Bamako: 6 men in
 * November, 2 of them victims of migrant smuggling only. Referrals for the Mopti children (one
 * accepted late), a declined and re-routed shelter referral, an overdue medical referral and a
 * need no agency could take. One case with three defendants (one convicted, one acquitted, one
 * never charged), a second case merged into it, a transfer and a hearing. Duplicates: one event
 * delivered twice with the same id, one re-emitted with a new id. Out of order: a correction
 * before its identification, an acceptance before its referral, a judgment before its defendant.
 */
export function scenario(): { items: Published[]; distinctIds: number; people: Record<string, Person> } {
  const items: Published[] = [];
  const people: Record<string, Person> = {};
  const females = new Set([0, 1, 4, 5, 6, 7, 8]);

  const mopti = Array.from({ length: 12 }, (_, i) =>
    identification({
      identifiedAt: at(`2025-03-${String(3 + i).padStart(2, '0')}T09:00:00.000Z`),
      region: 'mopti',
      sex: females.has(i) ? 'female' : 'male',
      ageGroup: i < 4 ? '9-17' : i < 8 ? '18-20' : '30-38',
      isMinor: i < 4,
      forms: i < 4 ? ['ForcedBegging'] : i === 4 ? ['ForcedLabour', 'SexualExploitation'] : ['ForcedLabour'],
      nationalities: i === 5 ? ['ML', 'BF'] : ['ML'],
      assessment: i < 6 ? 'ActualVictimOfTrafficking' : 'PossibleVictimOfTrafficking',
      needs: i < 4 ? [{ need: 'childProtection', urgent: false, referralConsented: true }] : i === 4 ? [{ need: 'shelter', urgent: true, referralConsented: true }] : [],
    }),
  );
  const kidal = Array.from({ length: 3 }, (_, i) =>
    identification({
      identifiedAt: at(`2025-06-${10 + i}T09:00:00.000Z`),
      region: 'kidal', sex: 'female', ageGroup: '21-23', isMinor: false, forms: ['SexualExploitation'], nationalities: ['NE'], institution: 'gendarmerie',
    }),
  );
  const bamako = Array.from({ length: 6 }, (_, i) =>
    identification({
      identifiedAt: at(`2025-11-0${3 + i}T09:00:00.000Z`),
      region: 'bamako', sex: 'male', ageGroup: '30-38', isMinor: false, forms: i < 2 ? ['MigrantSmuggling'] : ['ForcedLabour'], assessment: 'ActualVictimOfTrafficking',
    }),
  );
  [...mopti, ...kidal, ...bamako].forEach((d, i) => (people[i < 12 ? `M${i}` : i < 15 ? `K${i - 12}` : `B${i - 15}`] = { identification: d }));

  // Out of order: M11's correction (to Ségou) comes before its identification; a stale one (Kayes) after.
  const m11 = mopti[11];
  const correction = (region: 'segou' | 'kayes', when: string) =>
    item(IdentificationCorrected, {
      identificationId: m11.identificationId, victimRef: m11.victimRef, correctedAt: when, changedFields: ['region'], region,
      forms: m11.forms, methodsOfControl: [], needs: [], assessment: m11.assessment,
    });
  items.push(correction('segou', '2025-03-20T10:00:00.000Z'));
  for (const d of [...mopti, ...kidal, ...bamako]) items.push(item(VictimIdentified, d));
  items.push(correction('kayes', '2025-03-18T10:00:00.000Z'));
  // Duplicates: M0 delivered twice with the same event id; K0 re-emitted with a new id.
  const m0 = items.find((x) => x.event.type === VictimIdentified.type && (x.event.data as VictimIdentifiedV1).identificationId === mopti[0].identificationId)!;
  items.push({ ...m0 });
  items.push(item(VictimIdentified, kidal[0]));
  items.push(item(ConsentChanged, {
    identificationId: mopti[4].identificationId, victimRef: mopti[4].victimRef, changedAt: '2025-03-25T10:00:00.000Z',
    consent: { referral: false, dataSharing: false, givenBy: 'victim', withdrawn: true },
  }));
  items.push(item(PersonalDataErased, { victimRef: bamako[0].victimRef, identificationIds: [bamako[0].identificationId], erasedAt: '2025-12-01T10:00:00.000Z' }));

  // Referrals of the Mopti children: acceptance 5, 10, 20 and 30 hours after identification; the deadline is 25 h.
  const base = (d: VictimIdentifiedV1, need: 'childProtection' | 'shelter' | 'medical', referralId = uuidv7()) => ({
    referralId, reference: newReference('R'), victimRef: d.victimRef, identificationId: d.identificationId, agencyId: `agency-${need}`, need,
  });
  const created = (d: VictimIdentifiedV1, b: ReturnType<typeof base>, agencyType: 'ChildProtection' | 'Shelter' | 'HealthService', hours: number, reroutedFrom?: string) =>
    item(ReferralCreated, {
      ...b, agencyType, urgent: false, region: d.region, isMinor: d.isMinor, ageGroup: d.ageGroup, sex: d.sex,
      createdAt: at(d.identifiedAt, hours), dueBy: at(d.identifiedAt, hours + 24), ...(reroutedFrom ? { reroutedFrom } : {}),
    });
  [5, 10, 20, 30].forEach((hours, i) => {
    const d = mopti[i];
    const b = base(d, 'childProtection');
    const accepted = item(ReferralAccepted, { ...b, acceptedAt: at(d.identifiedAt, hours) });
    if (i === 2) items.push(accepted);
    items.push(created(d, b, 'ChildProtection', 1));
    items.push(item(ReferralAcknowledged, { ...b, acknowledgedAt: at(d.identifiedAt, 2), dueBy: at(d.identifiedAt, 25) }));
    if (i !== 2) items.push(accepted);
    if (i === 0) items.push(item(ReferralClosed, { ...b, closedAt: at(d.identifiedAt, 200), outcome: 'serviceProvided' }));
  });
  // M4's shelter: declined (no capacity), escalated, re-routed, accepted 8 h after identification.
  const m4 = mopti[4];
  const s1 = base(m4, 'shelter');
  const s2 = base(m4, 'shelter');
  items.push(created(m4, s1, 'Shelter', 1));
  items.push(item(ReferralDeclined, { ...s1, declinedAt: at(m4.identifiedAt, 4), reason: 'noCapacity' }));
  items.push(item(ReferralEscalated, {
    escalationId: uuidv7(), referralId: s1.referralId, reference: s1.reference, victimRef: m4.victimRef, identificationId: m4.identificationId,
    agencyId: s1.agencyId, need: 'shelter', urgent: true, region: 'mopti', cause: 'declined', escalatedAt: at(m4.identifiedAt, 4), reroutedTo: s2.referralId,
  }));
  items.push(created(m4, s2, 'Shelter', 5, s1.referralId));
  items.push(item(ReferralAcknowledged, { ...s2, acknowledgedAt: at(m4.identifiedAt, 6), dueBy: at(m4.identifiedAt, 30) }));
  items.push(item(ReferralAccepted, { ...s2, acceptedAt: at(m4.identifiedAt, 8) }));
  // K0: a medical referral nobody acknowledged (escalated as overdue), and a legal-aid need no agency could take.
  const k0 = kidal[0];
  const r7 = base(k0, 'medical');
  items.push(created(k0, r7, 'HealthService', 1));
  items.push(item(ReferralEscalated, {
    escalationId: uuidv7(), referralId: r7.referralId, reference: r7.reference, victimRef: k0.victimRef, identificationId: k0.identificationId,
    agencyId: r7.agencyId, need: 'medical', urgent: false, region: 'kidal', cause: 'deadlineMissed', escalatedAt: at(k0.identifiedAt, 30),
  }));
  items.push(item(ReferralEscalated, {
    escalationId: uuidv7(), victimRef: k0.victimRef, identificationId: k0.identificationId, need: 'legalAid', urgent: false, region: 'kidal',
    cause: 'noCandidate', escalatedAt: at(k0.identifiedAt, 1),
  }));

  // Case C1 (Mopti children), three defendants, judgment on 2025-09-15; C2 (Kidal) merged into it.
  const c1 = { caseId: uuidv7(), reference: newReference('C'), officeId: 'parquet-mopti', victimRefs: mopti.slice(0, 4).map((d) => d.victimRef) };
  const c2 = { caseId: uuidv7(), reference: newReference('C'), officeId: 'parquet-kidal', victimRefs: [k0.victimRef] };
  const [d1, d2, d3] = [uuidv7(), uuidv7(), uuidv7()];
  items.push(item(CaseOpened, { ...c1, identificationIds: mopti.slice(0, 4).map((d) => d.identificationId), region: 'mopti', openedAt: '2025-04-01T08:00:00.000Z', openedFrom: 'identification' }));
  for (const [to, when, from] of [['preliminaryInvestigation', '2025-04-10', 'reportReceived'], ['trial', '2025-06-01', 'preliminaryInvestigation'], ['judgment', '2025-09-15', 'trial']] as const) {
    items.push(item(CaseStageChanged, { ...c1, from, to, at: `${when}T10:00:00.000Z` }));
  }
  items.push(item(DefendantAdded, { ...c1, defendantId: d2, sex: 'female', nationality: 'BF', inCustody: false, addedAt: '2025-04-02T10:00:00.000Z' }));
  items.push(item(DefendantAdded, { ...c1, defendantId: d3, sex: 'male', inCustody: false, addedAt: '2025-04-03T10:00:00.000Z' }));
  items.push(item(DefendantCharged, { ...c1, defendantId: d1, charges: [{ chargeId: uuidv7(), offence: 'traffickingForcedLabour', iccs: '02042' }], chargedAt: '2025-04-20T10:00:00.000Z' }));
  items.push(item(DefendantCharged, { ...c1, defendantId: d2, charges: [{ chargeId: uuidv7(), offence: 'organisedExploitationOfBegging', iccs: '02059' }], chargedAt: '2025-05-01T10:00:00.000Z' }));
  items.push(item(HearingScheduled, { ...c1, hearingId: uuidv7(), at: '2025-06-01T09:00:00.000Z', court: 'TGI de Mopti', kind: 'trial' }));
  items.push(item(CaseOpened, { ...c2, identificationIds: [], region: 'kidal', openedAt: '2025-06-20T08:00:00.000Z', openedFrom: 'prosecutor' }));
  items.push(item(VictimLinked, { ...c2, victimRef: k0.victimRef, identificationId: k0.identificationId, linkedAt: '2025-06-21T08:00:00.000Z' }));
  items.push(item(CaseMerged, { ...c2, intoCaseId: c1.caseId, mergedAt: '2025-07-01T08:00:00.000Z' }));
  items.push(item(CaseTransferred, { ...c1, officeId: 'parquet-bamako', fromOfficeId: 'parquet-mopti', transferredAt: '2025-08-01T08:00:00.000Z' }));
  items.push(item(JudgmentRendered, {
    ...c1, officeId: 'parquet-bamako', judgmentId: uuidv7(), renderedAt: '2025-09-15T10:00:00.000Z', instance: 'first',
    defendants: [
      { defendantId: d1, sex: 'male', nationality: 'ML', charges: ['02042'], outcome: 'convicted', sentenceMonths: 84 },
      { defendantId: d2, sex: 'female', nationality: 'BF', charges: ['02059'], outcome: 'acquitted' },
    ],
  }));
  // D1's record as defendant arrives after the judgment that names him.
  items.push(item(DefendantAdded, { ...c1, defendantId: d1, sex: 'male', nationality: 'ML', inCustody: true, addedAt: '2025-04-02T09:00:00.000Z' }));

  return { items, distinctIds: new Set(items.map((x) => x.event.id)).size, people };
}

/** A further identification, to show the live consumer carries on after a rebuild. */
export function lateIdentification(): Published {
  return item(VictimIdentified, identification({ identifiedAt: '2025-12-01T09:00:00.000Z', region: 'gao', sex: 'female', ageGroup: '24-26', isMinor: false, forms: ['ForcedMarriage'] }));
}
