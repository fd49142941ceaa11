/**
 * What of an error may go to a log. A database error carries the statement's parameters, and a
 * referral's parameters can hold a caseworker's free-text note: only the type, message and code
 * leave the process.
 */
export function loggableError(error: unknown): { type: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}
