import { metrics, Meter } from '@opentelemetry/api';

/** Instruments go through the OpenTelemetry API; the Prometheus exporter serves them at /metrics. */
export function meter(): Meter {
  return metrics.getMeter('relais');
}
