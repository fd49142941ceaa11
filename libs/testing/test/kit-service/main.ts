import { startTelemetry } from '@relais/observability/telemetry';

// The same entry as every service's main.ts: telemetry, then the platform and the service.
startTelemetry('kit');
Promise.all([import('@relais/platform'), import('./kit.service-definition')]).then(
  ([{ serviceMain }, { KIT_SERVICE }]) => serviceMain(KIT_SERVICE, process.argv.slice(2)),
  (error: unknown) => {
    console.error('failed to start:', error);
    process.exit(1);
  },
);
