import { BaseRpcContext } from '@nestjs/microservices';
import { CloudEvent } from '@relais/contracts';
import { EntityManager } from 'typeorm';

export interface EventDelivery {
  topic: string;
  partition: number;
  offset: string;
  /** 1 on the first try, then 2, 3… through the retry topic. */
  attempt: number;
}

/** What an @EventPattern handler gets with `@Ctx()`: the event, the transaction, where it came from. */
export class EventContext extends BaseRpcContext<[CloudEvent, EntityManager, EventDelivery]> {
  get event(): CloudEvent {
    return this.args[0];
  }

  /** The consumer's transaction: the inbox record, the handler's writes and its outbox events commit together. */
  get manager(): EntityManager {
    return this.args[1];
  }

  get delivery(): EventDelivery {
    return this.args[2];
  }
}
