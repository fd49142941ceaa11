import { ServiceName, Topic } from './topics';

/** What the catalogue knows of one event type and version. */
export interface EventDefinition<T extends object = object> {
  /** `<service>.<event-name>.v<version>`, e.g. `referral.created.v1`. */
  readonly type: string;
  readonly topic: Topic;
  readonly source: ServiceName;
  readonly dataClass: new () => T;
  readonly description: string;
  /** The Kafka key: the aggregate whose events must stay in order. */
  keyOf(data: T): string;
  /** The CloudEvents `subject`: the aggregate id. */
  subjectOf(data: T): string;
}

export function defineEvent<T extends object>(definition: EventDefinition<T>): EventDefinition<T> {
  return Object.freeze(definition);
}
