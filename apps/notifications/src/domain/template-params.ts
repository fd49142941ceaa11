import {
  AgeBand, CaseOpened, CaseTransferred, EventDefinition, HearingScheduled, JudgmentRendered, Language, Need, ReferralAccepted,
  ReferralAcknowledged, ReferralClosed, ReferralCreated, ReferralDeclined, ReferralEscalated, Region, Sex, Vocabularies,
} from '@relais/contracts';
import { Labels, LABELS } from '../templates';
import { maliDateParts } from './mali-time';

/** Which variant of an event type's template to use, and the values of its placeholders. */
export interface TemplateInput {
  variant: string;
  params: Record<string, string>;
}

type Builder<T extends object> = (data: T, words: Words) => TemplateInput;

function builder<T extends object>(definition: EventDefinition<T>, build: Builder<T>): [string, Builder<object>] {
  return [definition.type, build as Builder<object>];
}

/**
 * Each builder picks, field by field, what its message may say: references, coarse attributes
 * (sex, age band, region, need), dates, counts, codes turned into words. Nothing is copied
 * wholesale from the event, so a field added to a contract tomorrow cannot reach a message
 * unless someone writes it here.
 */
const BUILDERS: ReadonlyMap<string, Builder<object>> = new Map([
  builder(ReferralCreated, (d, w) => ({
    variant: 'default',
    params: {
      urgent: d.urgent ? w.labels.urgent : '',
      reference: d.reference,
      rerouted: d.reroutedFrom ? w.labels.rerouted : '',
      person: w.person(d.sex, d.isMinor),
      ageGroup: w.ageGroup(d.ageGroup),
      region: w.region(d.region),
      need: w.need(d.need),
      dueBy: w.dateTime(d.dueBy),
    },
  })),
  builder(ReferralAcknowledged, (d, w) => ({
    variant: 'default',
    params: { reference: d.reference, need: w.need(d.need), dueBy: w.dateTime(d.dueBy) },
  })),
  builder(ReferralAccepted, (d, w) => ({
    variant: 'default',
    params: { reference: d.reference, need: w.need(d.need), acceptedAt: w.dateTime(d.acceptedAt) },
  })),
  builder(ReferralDeclined, (d, w) => ({
    variant: 'default',
    params: { reference: d.reference, need: w.need(d.need), declinedAt: w.dateTime(d.declinedAt), reason: w.labels.declineReasons[d.reason] },
  })),
  builder(ReferralEscalated, (d, w) => {
    const common = {
      urgent: d.urgent ? w.labels.urgent : '',
      need: w.need(d.need),
      region: w.region(d.region),
      cause: w.labels.escalationCauses[d.cause],
    };
    if (!d.reference) return { variant: 'noReferral', params: { ...common, victimRef: d.victimRef } };
    return { variant: 'referral', params: { ...common, reference: d.reference, reroutedTo: d.reroutedTo ? w.labels.reroutedTo : '' } };
  }),
  builder(ReferralClosed, (d, w) => ({
    variant: 'default',
    params: { reference: d.reference, need: w.need(d.need), closedAt: w.dateTime(d.closedAt), outcome: w.labels.outcomes[d.outcome] },
  })),
  builder(CaseOpened, (d, w) => ({
    variant: 'default',
    params: {
      reference: d.reference,
      openedFrom: w.labels.openedFrom[d.openedFrom],
      openedAt: w.dateTime(d.openedAt),
      region: w.region(d.region),
      victims: w.count('victim', d.victimRefs.length),
    },
  })),
  builder(CaseTransferred, (d, w) => ({
    variant: 'default',
    params: {
      reference: d.reference,
      victims: w.count('victim', d.victimRefs.length),
      fromOffice: oneLine(d.fromOfficeId, 60),
      toOffice: oneLine(d.officeId, 60),
      transferredAt: w.dateTime(d.transferredAt),
    },
  })),
  builder(HearingScheduled, (d, w) => ({
    variant: 'default',
    params: { reference: d.reference, kind: w.labels.hearingKinds[d.kind], at: w.dateTime(d.at), court: oneLine(d.court, 80) },
  })),
  builder(JudgmentRendered, (d, w) => ({
    variant: 'default',
    params: {
      reference: d.reference,
      instance: w.labels.instances[d.instance],
      renderedAt: w.dateTime(d.renderedAt),
      convictions: w.count('conviction', d.defendants.filter((v) => v.outcome === 'convicted').length),
      acquittals: w.count('acquittal', d.defendants.filter((v) => v.outcome === 'acquitted').length),
    },
  })),
]);

/** The event types that have a message; the others are never delivered. */
export const TEMPLATED_EVENT_TYPES: readonly string[] = [...BUILDERS.keys()];

export function templateInput(type: string, data: object, language: Language): TemplateInput | undefined {
  return BUILDERS.get(type)?.(data, new Words(language));
}

/** Codes and instants turned into words of one language. */
class Words {
  readonly labels: Labels;
  private readonly plural: Intl.PluralRules;

  constructor(private readonly language: Language) {
    this.labels = LABELS[language];
    this.plural = new Intl.PluralRules(language);
  }

  person(sex: Sex, isMinor: boolean): string {
    const key = `${sex}.${isMinor ? 'minor' : 'adult'}` as keyof Labels['person'];
    return this.labels.person[key];
  }

  ageGroup(band: AgeBand): string {
    return Vocabularies.ageBands.label(band, this.language);
  }

  need(need: Need): string {
    return Vocabularies.needs.label(need, this.language);
  }

  region(region: Region): string {
    const override = (this.labels.regionOverrides as Record<string, string>)[region];
    return override ?? fill(this.labels.region, { label: Vocabularies.regions.label(region, this.language) });
  }

  dateTime(iso: string): string {
    return fill(this.labels.dateTime, { ...maliDateParts(new Date(iso), this.language) });
  }

  count(what: keyof Labels['counts'], count: number): string {
    const forms = this.labels.counts[what];
    // French puts 0 with 1 ("0 victime"); the messages say "aucune" instead.
    const form = count === 0 ? forms.zero : this.plural.select(count) === 'one' ? forms.one : forms.other;
    return fill(form, { count: String(count) });
  }
}

/** Fills `{name}` placeholders; a placeholder without a value is a template bug, never silent. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`template placeholder {${name}} has no value`);
    return params[name];
  });
}

/** Free text from another service (a court's name), kept to one short line. */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
