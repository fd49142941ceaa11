/** A programming error: events are only ever written inside the transaction of their cause. */
export class OutboxOutsideTransactionError extends Error {
  constructor(eventType: string) {
    super(`outbox.add(${eventType}) must run inside a database transaction`);
    this.name = 'OutboxOutsideTransactionError';
  }
}

/** A programming error: the producer built an event its own contract rejects. */
export class InvalidEventError extends Error {
  constructor(
    readonly eventType: string,
    readonly reason: string,
  ) {
    super(`invalid ${eventType} event: ${reason}`);
    this.name = 'InvalidEventError';
  }
}
