import { DomainException } from './domain-exception';

/**
 * The statuses a business refusal may carry. A closed list, so a table cannot say 200 or 500: a
 * refusal is the client's to act on, except 503 (a dependency is away; send again later).
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 412 | 413 | 422 | 428 | 429 | 503;

export type ErrorStatusTable<C extends string> = Readonly<Record<C, ErrorStatus>>;

/** Concrete: its status comes from the table, so a service extends it with an empty body. */
export type DomainExceptionClass<C extends string> = new (code: C, params?: Record<string, unknown>) => DomainException<C> & { readonly httpStatus: number };

export interface DomainErrors<C extends string> {
  /** Which service refuses, for messages about the table itself. */
  readonly service: string;
  readonly statuses: ErrorStatusTable<C>;
  readonly codes: readonly C[];
  statusOf(code: C): ErrorStatus;
  /** Extend it once per service (`class ReferralException extends ReferralErrors.Exception {}`) to keep a named class. */
  readonly Exception: DomainExceptionClass<C>;
}

const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const STATUSES = new Set<number>([400, 401, 403, 404, 409, 410, 412, 413, 422, 428, 429, 503]);

/**
 * A service declares its refusals once: each code with its HTTP status, as plain data. Typing the
 * table as `Record<Code, ErrorStatus>` makes it exhaustive: a code added without a status does not
 * compile. Codes are also message keys (`errors.<code>`) and what clients branch on, so they are
 * checked at start-up rather than trusted.
 */
export function defineErrors<C extends string>(service: string, statuses: ErrorStatusTable<C>): DomainErrors<C> {
  const codes = Object.keys(statuses) as C[];
  const problems = codes.flatMap((code) => [
    ...(CODE.test(code) ? [] : [`${code} is not in UPPER_SNAKE_CASE`]),
    ...(STATUSES.has(statuses[code]) ? [] : [`${code} has status ${String(statuses[code])}, not a refusal's`]),
  ]);
  if (!codes.length) problems.push('no code is declared');
  if (problems.length) throw new Error(`${service} errors are invalid: ${problems.join('; ')}`);

  const table: ErrorStatusTable<C> = Object.freeze({ ...statuses });
  const statusOf = (code: C): ErrorStatus => {
    const status = table[code];
    // Only a cast can bring an undeclared code here: our bug, so it becomes a 500, not a refusal.
    if (status === undefined) throw new Error(`${service} has no status for ${String(code)}`);
    return status;
  };

  class Exception extends DomainException<C> {
    constructor(code: C, params: Record<string, unknown> = {}) {
      super(code, params);
      // Refused where it is thrown, so the filter never meets a refusal it cannot answer.
      statusOf(code);
    }

    get httpStatus(): number {
      return statusOf(this.code);
    }
  }

  return { service, statuses: table, codes: Object.freeze(codes), statusOf, Exception };
}
