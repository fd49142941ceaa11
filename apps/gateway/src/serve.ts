import { createLogger } from '@relais/observability';
import { startOrExit } from '@relais/platform/edge';
import { startGateway } from './gateway.app';
import { loadGatewayConfig } from './gateway.config';

/** Reads the configuration (one message listing every problem), listens, stops cleanly on SIGTERM. */
export function main(): void {
  startOrExit(async () => {
    const config = loadGatewayConfig();
    const logger = createLogger('gateway', config.LOG_LEVEL);
    const gateway = await startGateway(config, logger);
    logger.info({ url: gateway.url, web: config.WEB_DIST_DIR }, 'relais-gateway ready');
    const stop = () => {
      logger.info('relais-gateway stopping');
      void gateway.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
