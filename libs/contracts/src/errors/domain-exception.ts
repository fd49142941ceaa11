/**
 * A business rule said no. Pure on purpose: `domain/` files throw it without pulling in Nest; the
 * shared HTTP filter in @relais/platform is the one place that turns it into a response, and the
 * message text lives in the service's catalogue as `errors.<code>`.
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
