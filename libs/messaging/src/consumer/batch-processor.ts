import { context, trace } from '@opentelemetry/api';
import { MessageHandler } from '@nestjs/microservices';
import { CloudEvent, Headers, parseEvent, provenanceError, validateEvent } from '@relais/contracts';
import { meter, runWithContext } from '@relais/observability';
import { closeRun, discardRun, finishRun, flushRun, openRun, TransactionHost } from '@relais/persistence';
import { KafkaMessage } from 'kafkajs';
import { Logger } from 'pino';
import { lastValueFrom, Observable } from 'rxjs';
import { QueryRunner } from 'typeorm';
import { contextFromHeaders, endSpan, headerString, startConsumerSpan } from '../tracing';
import { EventContext } from './event-context';
import { Failure } from './failure-router';

export type Outcome = 'handled' | 'duplicate' | 'skipped' | 'failed' | 'dead';

interface Candidate {
  index: number;
  message: KafkaMessage;
  event: CloudEvent;
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
  /** The logical business topic a message first came from (namespace stripped, retries resolved). */
  originTopic: (topic: string, message: KafkaMessage) => string;
  toObservable: (value: unknown) => Observable<unknown>;
  logger: Logger;
}

/** A handler threw during the fast path: the run is redone event by event, without that event. */
class HandlerFailed extends Error {
  constructor(
    readonly candidate: Candidate,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Writing the run's buffered rows (outbox, audit) failed: no handler is to blame yet, so the run
 * is redone event by event, where each event's rows are written inside its own savepoint.
 */
class RunFlushFailed extends Error {}

/**
 * Handles a run of messages from one partition in one database transaction: the inbox rows, the
 * handlers' writes, their outbox events and audit records stand or fall together, and offsets are
 * committed only after it. The usual case takes one inbox insert, one outbox insert and one audit
 * insert for the whole run (RunBuffer in @relais/persistence) and no savepoints; if any handler
 * throws, the run is rolled back and redone with a savepoint per event (and that event's buffered
 * rows written inside it), so the failing event rolls back alone (and goes to the retry topic)
 * while the others commit.
 */
export class BatchProcessor {
  private readonly handled = meter().createCounter('relais_messaging_handled_total');
  private readonly duration = meter().createHistogram('relais_messaging_handler_duration_seconds');

  constructor(private readonly deps: ProcessorDeps) {}

  async process(topic: string, partition: number, messages: KafkaMessage[]): Promise<ChunkResult> {
    const outcomes: Outcome[] = new Array(messages.length);
    const failures: Failure[] = [];
    const candidates: Candidate[] = [];
    messages.forEach((message, index) => {
      const attempt = Number(headerString(message.headers, Headers.Attempt) ?? '1') || 1;
      const parsed = parseEvent(message.value);
      // Consumers ignore types they do not know, and types this service has no handler for:
      // those are skipped before any validation (other groups validate what they handle).
      const handler = parsed.kind === 'parsed' && parsed.type ? this.deps.handlerFor(parsed.type) : null;
      if (parsed.kind === 'parsed' && parsed.type && !handler) {
        outcomes[index] = 'skipped';
        return;
      }
      const decoded = parsed.kind === 'invalid' ? parsed : validateEvent(parsed.value, 'consume');
      if (decoded.kind === 'invalid') {
        failures.push({ message, sourceTopic: topic, attempt, error: decoded.reason, poison: true });
        outcomes[index] = 'dead';
        return;
      }
      if (decoded.kind === 'unknown-type' || !handler) {
        outcomes[index] = 'skipped';
        return;
      }
      const forged = provenanceError(decoded.event, decoded.definition, this.deps.originTopic(topic, message));
      if (forged) {
        this.deps.logger.warn({ eventId: decoded.event.id, eventType: decoded.event.type, topic, err: forged }, 'event dead-lettered: wrong source or topic');
        failures.push({ message, sourceTopic: topic, attempt, error: forged, poison: true });
        outcomes[index] = 'dead';
        return;
      }
      candidates.push({ index, message, event: decoded.event, handler, attempt });
    });
    if (!candidates.length) return { outcomes, failures, handledEventIds: [] };

    const known = new Map<Candidate, string>();
    try {
      return this.finish(topic, outcomes, failures, await this.inTransaction((runner) => this.fastPath(runner, topic, partition, candidates)));
    } catch (error) {
      if (error instanceof HandlerFailed) {
        // Its failure stands: running it again in the same attempt would only double its side effects.
        known.set(error.candidate, error.reason);
      } else if (!(error instanceof RunFlushFailed)) {
        throw error;
      }
    }
    return this.finish(topic, outcomes, failures, await this.inTransaction((runner) => this.eventByEvent(runner, topic, partition, candidates, known)));
  }

  private finish(topic: string, outcomes: Outcome[], failures: Failure[], results: Map<Candidate, EventResult>): ChunkResult {
    const handledEventIds: string[] = [];
    for (const [c, result] of results) {
      outcomes[c.index] = result.kind;
      if (result.kind === 'handled') handledEventIds.push(c.event.id);
      if (result.kind === 'failed') failures.push({ message: c.message, sourceTopic: topic, attempt: c.attempt, error: result.error, poison: false });
    }
    return { outcomes, failures, handledEventIds };
  }

  private async fastPath(runner: QueryRunner, topic: string, partition: number, candidates: Candidate[]): Promise<Map<Candidate, EventResult>> {
    const fresh: { event_id: string }[] = await runner.query(
      `INSERT INTO inbox (consumer_group, event_id, event_type)
       SELECT $1, id, type FROM unnest($2::uuid[], $3::text[]) AS e(id, type)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.deps.group, candidates.map((c) => c.event.id), candidates.map((c) => c.event.type)],
    );
    const firstSeen = new Set(fresh.map((r) => r.event_id));
    const results = new Map<Candidate, EventResult>();
    for (const c of candidates) {
      // The same event twice in one run (a relay republished it): only its first copy is handled.
      if (!firstSeen.delete(c.event.id)) {
        results.set(c, { kind: 'duplicate' });
        continue;
      }
      const error = await this.invoke(runner, topic, partition, c);
      if (error !== undefined) throw new HandlerFailed(c, error);
      results.set(c, { kind: 'handled' });
    }
    try {
      await flushRun(runner);
    } catch (error) {
      this.deps.logger.warn({ err: describe(error) }, 'buffered inserts of a consumer run failed; redoing the run event by event');
      throw new RunFlushFailed(describe(error));
    }
    return results;
  }

  private async eventByEvent(
    runner: QueryRunner,
    topic: string,
    partition: number,
    candidates: Candidate[],
    known: Map<Candidate, string>,
  ): Promise<Map<Candidate, EventResult>> {
    const results = new Map<Candidate, EventResult>();
    for (const c of candidates) {
      const failed = known.get(c);
      if (failed !== undefined) {
        results.set(c, { kind: 'failed', error: failed });
        continue;
      }
      await runner.query('SAVEPOINT relais_event');
      const inserted: unknown[] = await runner.query(
        `INSERT INTO inbox (consumer_group, event_id, event_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
        [this.deps.group, c.event.id, c.event.type],
      );
      if (!inserted.length) {
        await runner.query('RELEASE SAVEPOINT relais_event');
        results.set(c, { kind: 'duplicate' });
        continue;
      }
      const error = (await this.invoke(runner, topic, partition, c)) ?? (await this.flushFor(runner, c));
      if (error === undefined) {
        await runner.query('RELEASE SAVEPOINT relais_event');
        results.set(c, { kind: 'handled' });
      } else {
        // Undoes the handler's writes, its buffered rows and the inbox row: the retry will be handled afresh.
        discardRun(runner);
        await runner.query('ROLLBACK TO SAVEPOINT relais_event');
        results.set(c, { kind: 'failed', error });
      }
    }
    return results;
  }

  /** Writes one event's buffered rows inside its savepoint; returns the error text if that failed. */
  private async flushFor(runner: QueryRunner, c: Candidate): Promise<string | undefined> {
    try {
      await flushRun(runner);
      return undefined;
    } catch (error) {
      const reason = describe(error);
      this.deps.logger.warn({ eventId: c.event.id, eventType: c.event.type, attempt: c.attempt, err: reason }, 'buffered inserts of an event failed');
      return reason;
    }
  }

  /** Runs the handler inside the consumer's transaction; returns the error text if it threw. */
  private async invoke(runner: QueryRunner, topic: string, partition: number, c: Candidate): Promise<string | undefined> {
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
      endSpan(span);
      this.handled.add(1, { group: this.deps.group, type: c.event.type });
      return undefined;
    } catch (error) {
      endSpan(span, error);
      const reason = describe(error);
      this.deps.logger.warn({ eventId: c.event.id, eventType: c.event.type, attempt: c.attempt, err: reason }, 'event handler failed');
      return reason;
    } finally {
      this.duration.record(Number(process.hrtime.bigint() - started) / 1e9, { group: this.deps.group, type: c.event.type });
    }
  }

  private async inTransaction<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.deps.transactions.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      openRun(runner);
      const result = await work(runner);
      // Rows added after the last flush (a write not awaited by its handler) still commit with the run.
      await finishRun(runner);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      closeRun(runner);
      await runner.release();
    }
  }
}

type EventResult = { kind: 'handled' | 'duplicate' } | { kind: 'failed'; error: string };

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
