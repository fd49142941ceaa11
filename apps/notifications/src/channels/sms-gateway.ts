/** One SMS (or one part of a concatenated SMS) as handed to a gateway. */
export interface SmsMessage {
  /** E.164, e.g. +22376000000. */
  to: string;
  /** GSM 7-bit characters only, at most 160 septets (153 for a part). */
  text: string;
  /** Stable across retries: with `to`, lets the gateway drop a message or part it already sent. */
  reference: string;
  encoding: 'GSM-7';
  /** For the parts of a long message: what the gateway puts in the concatenation header. */
  concatenation?: { reference: number; part: number; parts: number };
}

/** What a real SMS provider adapter implements (the HTTP gateway is the first one). */
export interface SmsGateway {
  send(message: SmsMessage): Promise<void>;
}

export const SMS_GATEWAY = Symbol('SMS_GATEWAY');
