import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { uuidv7 } from '@relais/contracts';
import { createTestDatabase, deleteNamespaceTopics, dropTestDatabase, eventually, kafkaBrokers, testKafka, testNamespace } from '@relais/test-infra';
import { effects, emit, Fixture, referralCreated, startFixture } from './fixture';

jest.setTimeout(120_000);

/** One trace runs from the request that wrote the event, through the relay, into the handler. */
describe('trace propagation through the outbox', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let databaseUrl: string;
  let fixture: Fixture;
  const namespace = testNamespace();

  beforeAll(async () => {
    provider.register();
    databaseUrl = await createTestDatabase('trace');
    fixture = await startFixture({ databaseUrl, namespace, brokers: kafkaBrokers() });
  });

  afterAll(async () => {
    await fixture?.close();
    await dropTestDatabase(databaseUrl);
    await deleteNamespaceTopics(testKafka(), namespace);
    await provider.shutdown();
  });

  it('makes the consumer span a child of the producer span, itself a child of the request', async () => {
    const event = await trace.getTracer('test').startActiveSpan('POST /api/v1/things', { kind: SpanKind.SERVER }, async (span) => {
      try {
        return await emit(fixture, referralCreated(uuidv7()));
      } finally {
        span.end();
      }
    });
    await eventually(async () => expect(await effects(fixture.dataSource)).toHaveLength(1));
    await eventually(() => {
      const spans = exporter.getFinishedSpans();
      const root = spans.find((s) => s.name === 'POST /api/v1/things');
      const producer = spans.find((s) => s.kind === SpanKind.PRODUCER);
      const consumer = spans.find((s) => s.kind === SpanKind.CONSUMER && s.attributes['cloudevents.event_id'] === event.id);
      expect(root && producer && consumer).toBeTruthy();
      expect(producer!.spanContext().traceId).toBe(root!.spanContext().traceId);
      expect(producer!.parentSpanContext?.spanId).toBe(root!.spanContext().spanId);
      expect(consumer!.spanContext().traceId).toBe(root!.spanContext().traceId);
      expect(consumer!.parentSpanContext?.spanId).toBe(producer!.spanContext().spanId);
    });
  });
});
