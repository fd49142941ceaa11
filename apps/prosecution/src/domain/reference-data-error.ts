/** A reference data file is unusable; every problem is listed so it is fixed in one pass. */
export class ReferenceDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`reference data ${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ReferenceDataError';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isText(value: unknown, max = 500): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max;
}
