import { startTelemetry } from '@relais/observability/telemetry';

// Telemetry first: express, pg and Nest are instrumented only if they load after it, so the
// service's definition (and with it the platform) is required only now.
startTelemetry('statistics');
const { main } = require('./statistics.service-definition') as typeof import('./statistics.service-definition');
main(process.argv.slice(2));
