import { startTelemetry } from '@relais/observability/telemetry';

// Telemetry first: express, pg and Nest are instrumented only if they load after it, so the
// platform and the service are imported only now.
startTelemetry('notifications');
Promise.all([import('@relais/platform'), import('./notifications.service-definition')]).then(
  ([{ serviceMain }, { NOTIFICATIONS_SERVICE }]) => serviceMain(NOTIFICATIONS_SERVICE, process.argv.slice(2)),
  (error: unknown) => {
    console.error('failed to start:', error);
    process.exit(1);
  },
);
