import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, SimpleSpanProcessor, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { FileSpanExporter } from './file-span-exporter';

/**
 * Telemetry must start before Nest, express and pg are required, or their instrumentation
 * never hooks in. Each service's main.ts calls this first and loads the rest lazily.
 *
 * Kafka is traced by @relais/messaging itself (the outbox stores `traceparent`, the relay and the
 * consumer open the producer and consumer spans), so the generic kafkajs instrumentation is left out:
 * it would start a new trace at the relay instead of continuing the request's.
 */
export interface TelemetryHandle {
  prometheus: PrometheusExporter;
  shutdown(): Promise<void>;
}

let handle: TelemetryHandle | undefined;

export function startTelemetry(serviceName: string): TelemetryHandle {
  if (handle) return handle;
  const spanProcessors: SpanProcessor[] = [];
  const otlp = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (otlp) spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  // A file exporter lets end-to-end tests read back a whole trace without a collector.
  const spanFile = process.env.RELAIS_SPAN_FILE;
  if (spanFile) spanProcessors.push(new SimpleSpanProcessor(new FileSpanExporter(spanFile) as SpanExporter));

  const prometheus = new PrometheusExporter({ preventServerStart: true });
  // Tracing costs CPU on every request and query; when no trace leaves the process it buys
  // nothing, so the instrumentations are loaded only when spans are exported somewhere.
  const tracing = spanProcessors.length > 0;
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ 'service.name': `relais-${serviceName}`, 'service.namespace': 'relais' }),
    spanProcessors,
    metricReaders: [prometheus],
    textMapPropagator: new W3CTraceContextPropagator(),
    instrumentations: !tracing ? [] : [
      new HttpInstrumentation({
        // Health probes and scrapes would drown real traffic in traces.
        ignoreIncomingRequestHook: (req) => /^\/(health|metrics)/.test(req.url ?? ''),
      }),
      new ExpressInstrumentation(),
      new NestInstrumentation(),
      // Never attach SQL parameters: they can hold ciphertext or identifiers.
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  handle = {
    prometheus,
    shutdown: () => sdk.shutdown(),
  };
  return handle;
}

export function telemetry(): TelemetryHandle | undefined {
  return handle;
}

export { context, propagation, trace };
