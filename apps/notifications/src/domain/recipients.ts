import { NotificationChannel, RecipientKind } from '@relais/contracts';

/** Who a notification is for: an agency (its agencyId), a prosecutor office (its officeId), the coordinator. */
export interface RecipientRef {
  kind: RecipientKind;
  id: string;
}

/** The national coordinator (CNCLTP/PA) is one recipient with a fixed id. */
export const COORDINATOR_ID = 'coordinator';
export const COORDINATOR: RecipientRef = Object.freeze({ kind: 'coordinator', id: COORDINATOR_ID });

export function agency(id: string): RecipientRef {
  return { kind: 'agency', id };
}

export function office(id: string): RecipientRef {
  return { kind: 'office', id };
}

export function recipientKey(r: RecipientRef): string {
  return `${r.kind}:${r.id}`;
}

/** `all`: every channel the recipient configured, plus the inbox; `inbox`: the in-app inbox only. */
export type Reach = 'all' | 'inbox';

export interface Route {
  recipient: RecipientRef;
  reach: Reach;
}

/** Channels a recipient may configure; the inbox needs no configuration and always exists. */
export type ExternalChannel = Exclude<NotificationChannel, 'inbox'>;

export interface ConfiguredChannels {
  webhook: boolean;
  email: boolean;
  sms: boolean;
}

/** The channels one route is delivered on, inbox first. */
export function channelsFor(reach: Reach, configured: ConfiguredChannels | undefined): NotificationChannel[] {
  const channels: NotificationChannel[] = ['inbox'];
  if (reach === 'inbox' || !configured) return channels;
  if (configured.webhook) channels.push('webhook');
  if (configured.email) channels.push('email');
  if (configured.sms) channels.push('sms');
  return channels;
}

/**
 * The recipient an HTTP path names: `coordinator` is the coordinator, any other id an agency
 * unless `kind` says office. Undefined when the two contradict each other.
 */
export function resolveRecipient(id: string, kind?: RecipientKind): RecipientRef | undefined {
  if (id === COORDINATOR_ID) return kind === undefined || kind === 'coordinator' ? COORDINATOR : undefined;
  if (kind === 'coordinator') return undefined;
  return { kind: kind ?? 'agency', id };
}
