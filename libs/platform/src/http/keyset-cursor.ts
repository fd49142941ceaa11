import { UUID_PATTERN } from '@relais/contracts';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * The kinds of value a keyset position is made of. A timestamp stays the text the database gave
 * (an ISO 8601 date-time): a JavaScript Date would drop Postgres' microseconds, and the next page
 * would repeat or skip rows.
 */
export interface CursorValueKinds {
  timestamp: string;
  uuid: string;
  integer: number;
}
export type CursorValueKind = keyof CursorValueKinds;
export type CursorValues<K extends readonly CursorValueKind[]> = { -readonly [I in keyof K]: CursorValueKinds[K[I]] };

// The wire format is the values joined by `|`, in base64url: the one intake's list always used, so
// cursors handed out before the move still work.
const SEPARATOR = '|';
const OPAQUE = /^[A-Za-z0-9_-]{1,200}$/;

const parsers: { [K in CursorValueKind]: (text: string) => CursorValueKinds[K] | undefined } = {
  timestamp: (text) => (/^\d{4}-\d\d-\d\d/.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined),
  uuid: (text) => (UUID_PATTERN.test(text) ? text : undefined),
  integer: (text) => (/^-?\d{1,15}$/.test(text) ? Number(text) : undefined),
};

/** The position after which the next page starts, as an opaque text clients pass back as they got it. */
export interface KeysetCursor<V extends unknown[]> {
  encode(values: V): string;
  /** Undefined for anything this list did not hand out (tampered, truncated, another list's). */
  decode(cursor: unknown): V | undefined;
}

/** A cursor over the ordered tuple of a list's sort keys, e.g. `keysetCursor('timestamp', 'uuid')`. */
export function keysetCursor<K extends CursorValueKind[]>(...kinds: K): KeysetCursor<CursorValues<K>> {
  return {
    encode: (values) => Buffer.from(values.map(String).join(SEPARATOR), 'utf8').toString('base64url'),
    decode: (cursor) => {
      if (typeof cursor !== 'string' || !OPAQUE.test(cursor)) return undefined;
      const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(SEPARATOR);
      if (parts.length !== kinds.length) return undefined;
      const values = parts.map((part, i) => parsers[kinds[i]](part));
      return values.includes(undefined) ? undefined : (values as CursorValues<K>);
    },
  };
}

/** A `cursor` field this list can decode; anything else is a 400 field error `isCursor`. */
export function IsKeysetCursor(cursor: KeysetCursor<unknown[]>, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCursor',
      validator: {
        validate: (value: unknown) => cursor.decode(value) !== undefined,
        defaultMessage: () => 'cursor is not a valid pagination cursor',
      },
    },
    options,
  );
}
