import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { findEventDefinition, Topic } from '@relais/contracts';

/** A class of `@EventPattern` handlers, as listed in a module's controllers. */
export interface HandlerClass {
  readonly name: string;
  readonly prototype: object;
}

export interface EventRegistration {
  /** Each type a handler method registers, once per method: a type registered twice shows twice. */
  readonly types: string[];
  /** `Class.method` of each method that registers nothing: the symptom of a deleted `@EventPattern`. */
  readonly unregistered: string[];
}

/**
 * What Nest will register for these handler classes, read from the metadata `@EventPattern` leaves
 * (an array pattern registers each of its types). Handler classes hold only handlers, so a method
 * without a pattern is one the transport will never call.
 */
export function eventRegistration(handlers: readonly HandlerClass[]): EventRegistration {
  const types: string[] = [];
  const unregistered: string[] = [];
  for (const handler of handlers) {
    for (const name of Object.getOwnPropertyNames(handler.prototype)) {
      // The descriptor, not the property: reading a getter on a prototype would run it.
      const method: unknown = Object.getOwnPropertyDescriptor(handler.prototype, name)?.value;
      if (name === 'constructor' || typeof method !== 'function') continue;
      const patterns: unknown = Reflect.getMetadata(PATTERN_METADATA, method);
      if (Array.isArray(patterns) && patterns.length) types.push(...(patterns as string[]));
      else unregistered.push(`${handler.name}.${name}`);
    }
  }
  return { types, unregistered };
}

/** The controllers a Nest module declares: a handler class missing here is never registered. */
export function controllersOf(module: object): HandlerClass[] {
  const controllers: unknown = Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module);
  return Array.isArray(controllers) ? (controllers as HandlerClass[]) : [];
}

/**
 * The business topics these types arrive on, as the transport subscribes to them (without a test
 * namespace). A type outside the catalogue throws, as the transport does at start-up.
 */
export function topicsOfEventTypes(types: readonly string[]): Topic[] {
  const topics = new Set<Topic>();
  for (const type of types) {
    const definition = findEventDefinition(type);
    if (!definition) throw new Error(`'${type}' names no event type in @relais/contracts`);
    topics.add(definition.topic);
  }
  return [...topics].sort();
}

export interface DeclaredConsumption {
  /** The service's root module: its controllers are what Nest registers with the transport. */
  readonly module: object;
  /** The service's classes of event handlers. */
  readonly handlers: readonly HandlerClass[];
  /** The event types the service declares it consumes (its routing or projector table). */
  readonly types: readonly string[];
  /** The topics the broker lets the service read (the ACL table, SUBSCRIPTIONS). */
  readonly topics: readonly Topic[];
}

/**
 * Registration and declared consumption agree both ways, without I/O: a deleted `@EventPattern`
 * (the live consumer would silently skip the type) or a handler for an undeclared type fails here.
 */
export function describeEventRegistration(service: string, declared: DeclaredConsumption): void {
  describe(`${service} event registration`, () => {
    const registered = eventRegistration(controllersOf(declared.module)).types;

    it('registers a handler for every type it consumes, and for no other', () => {
      expect([...new Set(registered)].sort()).toEqual([...declared.types].sort());
    });

    it('registers each type once (Nest would run both handlers of a type registered twice)', () => {
      expect(registered.length).toBe(new Set(registered).size);
    });

    it('declares its handler classes as controllers, each method registering a type', () => {
      expect(controllersOf(declared.module)).toEqual(expect.arrayContaining([...declared.handlers]));
      expect(eventRegistration(declared.handlers).unregistered).toEqual([]);
    });

    it('subscribes to exactly the topics the broker lets it read', () => {
      expect(topicsOfEventTypes(registered)).toEqual([...declared.topics].sort());
    });
  });
}
