import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line and every emitted event of the current unit of work should carry. */
export interface RequestContext {
  correlationId: string;
  /** The id of the event being handled, when the work was caused by an event. */
  causationId?: string;
  /** The caller's language for messages, from Accept-Language (French first). */
  language?: 'fr' | 'en';
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}
