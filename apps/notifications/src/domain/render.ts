import { Language } from '@relais/contracts';
import { LABELS, MessageTemplate, TEMPLATE_FILES } from '../templates';
import { fill, templateInput } from './template-params';

export interface RenderedMessage {
  title: string;
  body: string;
  sms: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
}

const TEMPLATES = new Map(TEMPLATE_FILES.map((file) => [file.eventType, file]));

export class MissingTemplateError extends Error {
  constructor(type: string, variant?: string) {
    super(`no notification template for ${type}${variant ? ` (variant ${variant})` : ''}`);
    this.name = 'MissingTemplateError';
  }
}

/** The message for one event in one language, from its template file and the event's data only. */
export function renderNotification(type: string, data: object, language: Language): RenderedMessage {
  const input = templateInput(type, data, language);
  const file = TEMPLATES.get(type);
  if (!input || !file) throw new MissingTemplateError(type);
  const template: MessageTemplate | undefined = file.variants[input.variant]?.[language];
  if (!template) throw new MissingTemplateError(type, input.variant);
  const body = fill(template.body, input.params);
  return { title: fill(template.title, input.params), body, sms: template.sms ? fill(template.sms, input.params) : body };
}

export function renderEmail(message: RenderedMessage, language: Language): RenderedEmail {
  const labels = LABELS[language];
  return { subject: `${labels.subjectPrefix}${message.title}`, text: `${message.body}\n\n-- \n${labels.emailFooter}\n` };
}
