import { startTelemetry } from '@relais/observability/telemetry';

// The same entry as every service's main.ts: telemetry, then the service.
startTelemetry('kit');
const { main } = require('./kit.service-definition') as typeof import('./kit.service-definition');
main(process.argv.slice(2));
