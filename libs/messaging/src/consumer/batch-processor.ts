import { context, trace } from '@opentelemetry/api';
import { MessageHandler } from '@nestjs/microservices';
import { CloudEvent, decodeEvent, EventDefinition, Headers } from '@relais/contracts';
import { meter, runWithContext } from '@relais/observability';
import { TransactionHost } from '@relais/persistence';
import { KafkaMessage } from 'kafkajs';
import { Logger } from 'pino';
import { lastValueFrom, Observable } from 'rxjs';
import { QueryRunner } from 'typeorm';
import { contextFromHeaders, endSpan, headerString, startConsumerSpan } from '../tracing';
import { EventContext } from './event-context';
import { Failure } from './failure-router';

export type Outcome = 'handled' | 'duplicate' | 'skipped' | 'failed' | 'dead';

interface Candidate {
  message: KafkaMessage;
  event: CloudEvent;
  definition: EventDefinition;
  handler: MessageHandler;
  attempt: number;
}

export interface ChunkResult {
  outcomes: Outcome[];
  failures: Failure[];
  handledEventIds: string[];
}

export interface ProcessorDeps {
  transactions: TransactionHost;
  group: string;
  handlerFor: (type: string) => MessageHandler | null;
  toObservable: (value: unknown) => Observable<unknown>;
  logger: Logger;
}

/**
 * Handles a run of messages from one partition in one database transaction, each event in its own
 * savepoint: the inbox row, the handler's writes and its outbox events stand or fall together, and
 * a failing event rolls back alone while the others commit. One commit per run keeps throughput
 * high without weakening the guarantee, since offsets are committed only after it.
 */
export class BatchProcessor {
  private readonly handled = meter().createCounter('relais_messaging_handled_total');
  private readonly duration = meter().createHistogram('relais_messaging_handler_duration_seconds');

  constructor(private readonly deps: ProcessorDeps) {}

  async process(topic: string, partition: number, messages: KafkaMessage[]): Promise<ChunkResult> {
    const outcomes: Outcome[] = [];
    const failures: Failure[] = [];
    const candidates: (Candidate | null)[] = messages.map((message) => {
      const attempt = Number(headerString(message.headers, Headers.Attempt) ?? '1') || 1;
      const decoded = decodeEvent(message.value);
      if (decoded.kind === 'invalid') {
        failures.push({ message, sourceTopic: topic, attempt, error: decoded.reason, poison: true });
        outcomes.push('dead');
        return null;
      }
      // Consumers ignore types they do not know, and types this service has no handler for.
      const handler = this.deps.handlerFor(decoded.event.type);
      if (decoded.kind === 'unknown-type' || !handler) {
        outcomes.push('skipped');
        return null;
      }
      outcomes.push('handled');
      return { message, event: decoded.event, definition: decoded.definition, handler, attempt };
    });

    const work = candidates.map((c, i) => ({ c, i })).filter((x): x is { c: Candidate; i: number } => x.c !== null);
    const handledEventIds: string[] = [];
    if (!work.length) return { outcomes, failures, handledEventIds };

    const runner = this.deps.transactions.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      for (const { c, i } of work) {
        const outcome = await this.handleOne(runner, topic, partition, c);
        outcomes[i] = outcome.kind;
        if (outcome.kind === 'failed') {
          failures.push({ message: c.message, sourceTopic: topic, attempt: c.attempt, error: outcome.error, poison: false });
        } else if (outcome.kind === 'handled') {
          handledEventIds.push(c.event.id);
        }
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
    return { outcomes, failures, handledEventIds };
  }

  private async handleOne(
    runner: QueryRunner,
    topic: string,
    partition: number,
    c: Candidate,
  ): Promise<{ kind: 'handled' | 'duplicate' } | { kind: 'failed'; error: string }> {
    await runner.query('SAVEPOINT relais_event');
    const inserted: unknown[] = await runner.query(
      `INSERT INTO inbox (consumer_group, event_id, event_type) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [this.deps.group, c.event.id, c.event.type],
    );
    if (!inserted.length) {
      await runner.query('RELEASE SAVEPOINT relais_event');
      return { kind: 'duplicate' };
    }
    const started = process.hrtime.bigint();
    const span = startConsumerSpan(topic, c.event.type, c.event.id, contextFromHeaders(c.message.headers));
    try {
      const ctx = new EventContext([c.event, runner.manager, { topic, partition, offset: c.message.offset, attempt: c.attempt }]);
      await runWithContext({ correlationId: c.event.correlationid, causationId: c.event.id }, () =>
        context.with(trace.setSpan(context.active(), span), () =>
          this.deps.transactions.join(runner.manager, async () => {
            const result = await c.handler(c.event, ctx);
            await lastValueFrom(this.deps.toObservable(result), { defaultValue: undefined });
          }),
        ),
      );
      await runner.query('RELEASE SAVEPOINT relais_event');
      endSpan(span);
      this.handled.add(1, { group: this.deps.group, type: c.event.type });
      return { kind: 'handled' };
    } catch (error) {
      endSpan(span, error);
      // If the connection itself is gone this throws too, and the whole run is retried.
      await runner.query('ROLLBACK TO SAVEPOINT relais_event');
      const reason = describe(error);
      this.deps.logger.warn({ eventId: c.event.id, eventType: c.event.type, attempt: c.attempt, err: reason }, 'event handler failed');
      return { kind: 'failed', error: reason };
    } finally {
      this.duration.record(Number(process.hrtime.bigint() - started) / 1e9, { group: this.deps.group, type: c.event.type });
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
