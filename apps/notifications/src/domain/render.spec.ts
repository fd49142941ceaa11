import {
  DECLINE_REASONS, ESCALATION_CAUSES, HEARING_KINDS, Language, REFERRAL_OUTCOMES, ReferralCreated, ReferralEscalated,
} from '@relais/contracts';
import { PERSONAL_DATA_FIELDS } from '@relais/observability';
import * as s from '../../test/support/samples';
import { LABELS, TEMPLATE_FILES } from '../templates';
import { splitSms, toGsm7 } from './gsm7';
import { renderEmail, renderNotification } from './render';
import { CONSUMED_EVENT_TYPES, routesFor } from './routing-rules';
import { TEMPLATED_EVENT_TYPES } from './template-params';

const LANGUAGES: Language[] = ['fr', 'en'];

/** At least one event of every templated type, and one per template variant. */
const SAMPLES: [string, object][] = [
  [ReferralCreated.type, s.created()],
  [ReferralCreated.type, s.created(s.referralFacts(), { urgent: true, reroutedFrom: s.referralFacts().referralId, sex: 'male', ageGroup: '48+', isMinor: false, region: 'taoudenit', need: 'childProtection' })],
  [ReferralCreated.type, s.created(s.referralFacts(), { sex: 'unknown', ageGroup: 'unknown', isMinor: false, region: 'bamako' })],
  ['referral.acknowledged.v1', s.acknowledged()],
  ['referral.accepted.v1', s.accepted()],
  ['referral.declined.v1', s.declined()],
  [ReferralEscalated.type, s.escalated({ reroutedTo: s.referralFacts().referralId })],
  [ReferralEscalated.type, s.escalated({ referralId: undefined, reference: undefined, agencyId: undefined, cause: 'noCandidate' })],
  ['referral.closed.v1', s.closed()],
  ['prosecution.case-opened.v1', s.caseOpened()],
  ['prosecution.case-transferred.v1', s.transferred()],
  ['prosecution.hearing-scheduled.v1', s.hearing()],
  ['prosecution.judgment-rendered.v1', s.judgment()],
];

/** The event as a careless producer might send it: vault fields slipped into the data. */
const leaky = (data: object) => ({ ...data, ...s.PERSONAL_SAMPLE, person: { ...s.PERSONAL_SAMPLE } });

describe('notification templates', () => {
  it('exist for every event type that reaches someone, and only for those', () => {
    const routed = CONSUMED_EVENT_TYPES.filter((type) => SAMPLES.some(([t, d]) => t === type && routesFor(type, d, { accompanyingAgencies: ['a'] }).length > 0));
    expect([...TEMPLATED_EVENT_TYPES].sort()).toEqual([...new Set(routed)].sort());
    expect(TEMPLATE_FILES.map((f) => f.eventType).sort()).toEqual([...TEMPLATED_EVENT_TYPES].sort());
  });

  it('have every variant in French and in English', () => {
    for (const file of TEMPLATE_FILES) {
      for (const [variant, languages] of Object.entries(file.variants)) {
        for (const language of LANGUAGES) {
          expect({ type: file.eventType, variant, language, title: languages[language]?.title }).toMatchObject({ title: expect.any(String) });
          expect(languages[language].body.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('label every code they may receive, in both languages', () => {
    const lists = { declineReasons: DECLINE_REASONS, escalationCauses: ESCALATION_CAUSES, outcomes: REFERRAL_OUTCOMES, hearingKinds: HEARING_KINDS };
    for (const language of LANGUAGES) {
      for (const [name, codes] of Object.entries(lists)) {
        expect(Object.keys(LABELS[language][name as keyof typeof lists]).sort()).toEqual([...codes].sort());
      }
    }
    expect(JSON.stringify(keysOf(LABELS.fr))).toBe(JSON.stringify(keysOf(LABELS.en)));
  });

  it('never name a personal-data field as a placeholder', () => {
    const placeholders = TEMPLATE_FILES.flatMap((f) => JSON.stringify(f.variants).match(/\{(\w+)\}/g) ?? []);
    expect(placeholders.length).toBeGreaterThan(20);
    for (const field of PERSONAL_DATA_FIELDS) expect(placeholders).not.toContain(`{${field}}`);
  });

  describe.each(LANGUAGES)('rendered in %s', (language) => {
    it.each(SAMPLES)('%s leaves no personal data field or value in any message', (type, data) => {
      const message = renderNotification(type, leaky(data), language);
      const email = renderEmail(message, language);
      const texts = [message.title, message.body, message.sms, toGsm7(message.sms), email.subject, email.text];
      for (const text of texts) {
        expect(text).not.toMatch(/\{\w+\}/);
        for (const value of s.PERSONAL_VALUES) expect(text).not.toContain(value);
        for (const field of PERSONAL_DATA_FIELDS) expect(text).not.toMatch(new RegExp(`\\b${field}\\b`, 'i'));
      }
      expect(message).toEqual(renderNotification(type, data, language));
    });

    it.each(SAMPLES)('%s gives an SMS of at most two parts', (type, data) => {
      expect(splitSms(toGsm7(renderNotification(type, data, language).sms)).length).toBeLessThanOrEqual(2);
    });
  });

  it('reads like the brief asks: reference, coarse attributes, Mali-time deadline', () => {
    const facts = s.referralFacts({ reference: 'R-7K2M9QXA', need: 'shelter' });
    const fr = renderNotification(ReferralCreated.type, s.created(facts, { dueBy: '2027-03-10T14:30:00.000Z' }), 'fr');
    expect(fr.body).toBe(
      'Nouvelle orientation R-7K2M9QXA : fille, 9-17 ans, région de Mopti, besoin : hébergement. Accusé de réception attendu avant le 10/03/2027 à 14 h 30.',
    );
    const en = renderNotification(ReferralCreated.type, s.created(facts, { urgent: true, dueBy: '2027-03-10T14:30:00.000Z' }), 'en');
    expect(en.body).toBe('URGENT – New referral R-7K2M9QXA: girl, 9-17 years, Mopti region, need: shelter. Acknowledgement expected by 10 Mar 2027, 14:30.');
    expect(toGsm7(en.sms)).toContain('URGENT - New referral');
  });

  it('counts a judgment per outcome and never names the defendants', () => {
    const message = renderNotification('prosecution.judgment-rendered.v1', s.judgment(s.caseFacts({ reference: 'C-0123ABCD' })), 'fr');
    expect(message.body).toBe(
      'Jugement rendu en première instance le 20/05/2027 à 11 h 00 dans l’affaire C-0123ABCD : 2 condamnations, 1 acquittement. Le détail est disponible auprès du parquet.',
    );
  });

  it('keeps a court name to one short line', () => {
    const data = { ...s.hearing(s.caseFacts({ reference: 'C-0123ABCD' })), court: 'Tribunal\nde grande   instance\u200b de Mopti, salle 2, ' + 'x'.repeat(100) };
    const message = renderNotification('prosecution.hearing-scheduled.v1', data, 'en');
    expect(message.body).toMatch(/on 15 Apr 2027, 09:00, Tribunal de grande instance de Mopti, salle 2, x+…\. Please/);
  });

  it('refuses an event type without a template instead of sending an empty message', () => {
    expect(() => renderNotification('prosecution.victim-linked.v1', s.victimLinked(), 'fr')).toThrow(/no notification template/);
  });
});

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k)).sort();
}
