import { consumerGroup, deadLetterTopic, Headers, retryTopic } from '@relais/contracts';
import { IHeaders } from 'kafkajs';
import { MessagingOptions } from '../messaging.options';
import { headerString } from '../tracing';

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

  /** The logical business topic a message first came from, kept across its trips through the retry topic. */
  originTopic(physical: string, headers: IHeaders | undefined): string {
    const original = physical === this.retryTopic ? headerString(headers, Headers.OriginalTopic) : undefined;
    return original ?? this.logicalTopic(physical);
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
