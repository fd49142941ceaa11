/**
 * Why an attempt failed, as recorded on the delivery, shown to coordinators and carried by
 * `notifications.delivery-failed.v1`. Receivers' error texts can echo an address or a number
 * ("550 <x@y>: unknown user"), so only a summary we compose is kept, with anything resembling
 * an e-mail address, a phone number or a URL's credentials blanked out.
 */
export class DeliveryError extends Error {
  constructor(
    readonly summary: string,
    /** A permanent failure (bad address, refused by the gateway) is not retried. */
    readonly permanent = false,
  ) {
    super(safeSummary(summary));
    this.name = 'DeliveryError';
  }
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g;
const PHONE = /\+?\d(?:[\s()-]?\d){7,14}/g;
const URL_CREDENTIALS = /\/\/[^/@\s]+@/g;
const MAX_LENGTH = 300;

export function safeSummary(text: string): string {
  const cleaned = text
    .replace(URL_CREDENTIALS, '//***@')
    .replace(EMAIL, '[address]')
    .replace(PHONE, '[number]')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > MAX_LENGTH ? `${cleaned.slice(0, MAX_LENGTH - 1)}…` : cleaned;
}

/** The summary of anything thrown while sending; unexpected errors keep only their class and code. */
export function describeFailure(error: unknown): { summary: string; permanent: boolean } {
  if (error instanceof DeliveryError) return { summary: error.message, permanent: error.permanent };
  const e = error as { name?: unknown; code?: unknown; cause?: { code?: unknown } };
  const name = typeof e?.name === 'string' ? e.name : 'Error';
  const code = typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : undefined;
  return { summary: safeSummary(code ? `${name} ${code}` : name), permanent: false };
}
