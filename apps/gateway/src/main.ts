import { startTelemetry } from '@relais/observability/telemetry';

// Telemetry first: node:http is instrumented only if it loads after it, and then every proxied
// request carries the browser's trace on to the service.
startTelemetry('gateway');
const { main } = require('./serve') as typeof import('./serve');
main();
