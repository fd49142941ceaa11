import { Language } from '@relais/contracts';
import labels from './labels.json';
import caseOpened from './prosecution.case-opened.v1.json';
import caseTransferred from './prosecution.case-transferred.v1.json';
import hearingScheduled from './prosecution.hearing-scheduled.v1.json';
import judgmentRendered from './prosecution.judgment-rendered.v1.json';
import accepted from './referral.accepted.v1.json';
import acknowledged from './referral.acknowledged.v1.json';
import closed from './referral.closed.v1.json';
import created from './referral.created.v1.json';
import declined from './referral.declined.v1.json';
import escalated from './referral.escalated.v1.json';

/** One message in one language: the title (inbox, e-mail subject), the body, an optional shorter SMS. */
export interface MessageTemplate {
  title: string;
  body: string;
  sms?: string;
}

/** The templates of one event type: variants (chosen from the event), each in every language. */
export interface TemplateFile {
  eventType: string;
  version: string;
  variants: Record<string, Record<Language, MessageTemplate>>;
}

export type Labels = (typeof labels)['fr'];

export const LABELS: Record<Language, Labels> = { fr: labels.fr, en: labels.en };

export const TEMPLATE_FILES: readonly TemplateFile[] = [
  created, acknowledged, accepted, declined, escalated, closed, caseOpened, caseTransferred, hearingScheduled, judgmentRendered,
];
