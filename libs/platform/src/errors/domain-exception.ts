/**
 * A business rule said no. Each service declares its codes as an enum and maps each code to an
 * HTTP status in one exhaustive switch; the message text lives in its catalogue as `errors.<code>`.
 */
export abstract class DomainException<C extends string = string> extends Error {
  abstract readonly httpStatus: number;

  constructor(
    readonly code: C,
    /** Safe to show the caller and to log: identifiers, states, versions. Never personal data. */
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
}

/** Makes a switch over a code enum exhaustive: adding a code without a status is a compile error. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case ${String(value)}`);
}
