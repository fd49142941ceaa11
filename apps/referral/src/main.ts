import { startTelemetry } from '@relais/observability/telemetry';

// Telemetry first: express, pg and Nest are instrumented only if they load after it, so the
// platform and the service are imported only now.
startTelemetry('referral');
Promise.all([import('@relais/platform'), import('./referral.service-definition')]).then(
  ([{ serviceMain }, { REFERRAL_SERVICE }]) => serviceMain(REFERRAL_SERVICE, process.argv.slice(2)),
  (error: unknown) => {
    console.error('failed to start:', error);
    process.exit(1);
  },
);
