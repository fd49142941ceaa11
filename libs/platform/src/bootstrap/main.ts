import { ConfigurationError } from '../config/load-config';

/**
 * The body of every service's main.ts, after telemetry has started: run, or print why not and
 * exit non-zero (a configuration error is one readable message, not a stack trace).
 */
export function startOrExit(start: () => Promise<unknown>): void {
  start().catch((error: unknown) => {
    if (error instanceof ConfigurationError) console.error(error.message);
    else console.error('failed to start:', error);
    process.exit(1);
  });
}
