import { consumerGroup, deadLetterTopic, retryTopic } from '@relais/contracts';
import { MessagingOptions } from '../messaging.options';

/** Physical names on the cluster: the logical names of @relais/contracts behind the namespace. */
export class KafkaNames {
  constructor(private readonly options: Pick<MessagingOptions, 'namespace' | 'service'>) {}

  topic(logical: string): string {
    return `${this.options.namespace}${logical}`;
  }

  logicalTopic(physical: string): string {
    const ns = this.options.namespace;
    return ns && physical.startsWith(ns) ? physical.slice(ns.length) : physical;
  }

  /** The group is also the inbox key: the same in the main and the retry consumer. */
  get group(): string {
    return `${this.options.namespace}${consumerGroup(this.options.service)}`;
  }

  get retryGroup(): string {
    return `${this.group}.retrier`;
  }

  get retryTopic(): string {
    return retryTopic(this.group);
  }

  get deadLetterTopic(): string {
    return deadLetterTopic(this.group);
  }
}
