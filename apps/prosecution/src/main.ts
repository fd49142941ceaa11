import { startTelemetry } from '@relais/observability/telemetry';

// Telemetry first: express, pg and Nest are instrumented only if they load after it.
startTelemetry('prosecution');
const { main } = require('./serve') as typeof import('./serve');
main(process.argv.slice(2));
