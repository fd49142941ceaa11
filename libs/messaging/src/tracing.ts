import { context, Context, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { IHeaders } from 'kafkajs';

const tracer = () => trace.getTracer('relais-messaging');

export interface TraceCarrier {
  traceparent?: string;
  tracestate?: string;
}

/** The W3C trace context of whatever is active now: stored with an outbox row. */
export function captureTraceContext(): TraceCarrier {
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

export function contextFromCarrier(carrier: TraceCarrier): Context {
  return carrier.traceparent ? propagation.extract(ROOT_CONTEXT, carrier) : ROOT_CONTEXT;
}

export function contextFromHeaders(headers: IHeaders | undefined): Context {
  return contextFromCarrier({
    traceparent: headerString(headers, 'traceparent'),
    tracestate: headerString(headers, 'tracestate'),
  });
}

/** A producer span, child of the request that wrote the event; its context travels in the headers. */
export function startProducerSpan(topic: string, eventType: string, parent: Context): { span: Span; carrier: TraceCarrier } {
  const span = tracer().startSpan(
    `${topic} publish`,
    { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topic, 'cloudevents.event_type': eventType } },
    parent,
  );
  const carrier: TraceCarrier = {};
  propagation.inject(trace.setSpan(parent, span), carrier);
  return { span, carrier };
}

export function startConsumerSpan(topic: string, eventType: string, eventId: string, parent: Context): Span {
  return tracer().startSpan(
    `${topic} process`,
    {
      kind: SpanKind.CONSUMER,
      attributes: { 'messaging.system': 'kafka', 'messaging.source.name': topic, 'cloudevents.event_type': eventType, 'cloudevents.event_id': eventId },
    },
    parent,
  );
}

export function endSpan(span: Span, error?: unknown): void {
  if (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  }
  span.end();
}

export function headerString(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  if (value === undefined || value === null) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
}
