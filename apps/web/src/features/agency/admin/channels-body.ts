import type { ChannelsBody } from '../api/notifications';

/** One address or number a line; blank lines ignored. */
export function lines(text: string): string[] {
  return text.split(/[\n,;]+/).map((l) => l.trim()).filter(Boolean);
}

/**
 * What PUT receives: the whole configuration. An empty secret keeps the one registered (the
 * service never shows it back); an empty URL removes the webhook.
 */
export function channelsBody(form: { language: 'fr' | 'en'; emails: string; phones: string; url: string; secret: string }): ChannelsBody {
  const url = form.url.trim();
  const secret = form.secret.trim();
  return {
    language: form.language,
    emails: lines(form.emails),
    phones: lines(form.phones),
    ...(url ? { webhook: { url, ...(secret ? { secret } : {}) } } : {}),
  };
}
