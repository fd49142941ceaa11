const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '55000', '53300', '08000', '08001', '08003', '08006']);

/** The database is restarting, refusing connections for a moment, or still starting. */
export function isTransientConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = e?.driverError?.code ?? e?.code;
  return (typeof code === 'string' && TRANSIENT.has(code)) || /Connection terminated|timeout exceeded when trying to connect/i.test(String(e?.message ?? ''));
}

/**
 * Retries work that needs a database connection while the database is unreachable, with backoff,
 * up to `timeoutMs`: a service restarted while Postgres is briefly away waits for it instead of
 * exiting (and an orchestrator need not restart it in a loop).
 */
export async function retryConnecting<T>(work: () => Promise<T>, timeoutMs = 120_000, onRetry?: (error: unknown) => void): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransientConnectionError(error) || Date.now() > deadline) throw error;
      onRetry?.(error);
      await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** Math.min(attempt, 5))));
    }
  }
}
