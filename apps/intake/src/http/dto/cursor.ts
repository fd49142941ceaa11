import { UUID_PATTERN } from '@relais/contracts';

export interface Position {
  identifiedAt: string;
  id: string;
}

/** An opaque page position: clients pass it back as they got it. */
export function encodeCursor(position: Position): string {
  return Buffer.from(`${position.identifiedAt}|${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: unknown): Position | undefined {
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined;
  const [identifiedAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length || !id || !UUID_PATTERN.test(id) || Number.isNaN(Date.parse(identifiedAt))) return undefined;
  return { identifiedAt, id };
}
