import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSSASLAuthenticationError } from 'kafkajs';
import { isTransientInfrastructureError, startRetrying } from './start-retrying';

// KafkaJS's typings omit this constructor's message argument.
const SaslError = KafkaJSSASLAuthenticationError as unknown as new (message: string) => Error;
const typeErrorAt = (frame: string) =>
  Object.assign(new TypeError("Cannot read properties of null (reading 'topicMetadata')"), {
    stack: `TypeError: Cannot read properties of null (reading 'topicMetadata')\n    at ${frame}\n    at async ensureTopics (dist/libs/messaging/src/kafka/topics.js:38:17)`,
  });
const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('isTransientInfrastructureError', () => {
  it.each([
    ['a database refusing connections (55000)', pgError('55000')],
    ['a terminated backend (57P01)', pgError('57P01')],
    ['a refused TCP connection', pgError('ECONNREFUSED')],
    ['a broker that cannot be reached', new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:19392')],
    ['KafkaJS giving up on a connection error', new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection timeout'), { retryCount: 5, retryTime: 5000 })],
    ['KafkaJS reading a connection the broker just closed', typeErrorAt('Object.fetchTopicMetadata (/app/node_modules/kafkajs/src/admin/index.js:803:24)')],
  ])('waits out %s', (_, error) => {
    expect(isTransientInfrastructureError(error)).toBe(true);
  });

  it.each([
    ['a refused Kafka password', new SaslError('SASL SCRAM SHA512 authentication failed')],
    ['a refused database password (28P01)', pgError('28P01')],
    ['a missing table (42P01)', pgError('42P01')],
    ['a bad configuration', new Error('KAFKA_BROKERS is required')],
    ['no error at all', undefined],
    ['a TypeError of our own', typeErrorAt('ensureTopics (/app/dist/libs/messaging/src/kafka/topics.js:38:17)')],
  ])('does not retry %s', (_, error) => {
    expect(isTransientInfrastructureError(error)).toBe(false);
  });
});

describe('startRetrying', () => {
  it('starts again from nothing after a transient failure, closing what the failed attempt made', async () => {
    const events: string[] = [];
    let attempt = 0;
    const result = await startRetrying(
      async (onFailure) => {
        attempt++;
        events.push(`open ${attempt}`);
        onFailure(async () => events.push(`close ${attempt}`));
        if (attempt < 3) throw pgError('55000');
        return 'ready';
      },
      { onRetry: (_, n, delayMs) => events.push(`retry ${n} after ${delayMs} ms`) },
    );
    expect(result).toBe('ready');
    expect(events).toEqual(['open 1', 'close 1', 'retry 1 after 500 ms', 'open 2', 'close 2', 'retry 2 after 1000 ms', 'open 3']);
  });

  it('ends at once on a failure that waiting cannot mend, after closing', async () => {
    const closed: number[] = [];
    const failure = new Error('DATABASE_URL is not a URL');
    await expect(
      startRetrying(async (onFailure) => {
        onFailure(async () => closed.push(1));
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(closed).toEqual([1]);
  });

  it('gives the last reason once the time is up', async () => {
    let attempts = 0;
    await expect(
      startRetrying(
        async () => {
          attempts++;
          throw pgError('ECONNREFUSED');
        },
        { timeoutMs: 0 },
      ),
    ).rejects.toThrow('pg ECONNREFUSED');
    expect(attempts).toBe(1);
  });

  it('still retries when closing the failed attempt fails too', async () => {
    let attempt = 0;
    const result = await startRetrying(async (onFailure) => {
      onFailure(async () => {
        throw new Error('already closed');
      });
      if (++attempt < 2) throw pgError('57P03');
      return attempt;
    });
    expect(result).toBe(2);
  });
});
