import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { CONSUMED_EVENT_TYPES } from '../domain/routing-rules';
import { IntakeEventsHandler } from './intake-events.handler';
import { ProsecutionEventsHandler } from './prosecution-events.handler';
import { ReferralEventsHandler } from './referral-events.handler';

function patternsOf(handler: { prototype: object }): string[] {
  const prototype = handler.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((name) => {
    const patterns: unknown = Reflect.getMetadata(PATTERN_METADATA, prototype[name] as object);
    return Array.isArray(patterns) ? (patterns as string[]) : [];
  });
}

describe('event handlers', () => {
  it('subscribe to exactly the event types the routing rules know', () => {
    const subscribed = [ReferralEventsHandler, ProsecutionEventsHandler, IntakeEventsHandler].flatMap(patternsOf);
    expect(subscribed.sort()).toEqual([...CONSUMED_EVENT_TYPES].sort());
    expect(new Set(subscribed).size).toBe(subscribed.length);
  });
});
