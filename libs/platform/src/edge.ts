/**
 * The few platform pieces an edge process needs (configuration, the error shape, languages),
 * without Nest, TypeORM or Kafka: the gateway imports `@relais/platform/edge`, so it starts in
 * a fraction of the time and memory a service takes.
 */
export { ConfigurationError, loadConfig } from './config/load-config';
export { startOrExit } from './bootstrap/main';
export { errorBody } from './errors/error-body';
export type { ErrorBody } from './errors/error-body';
export { negotiateLanguage, registerMessages, translate } from './i18n/messages';
export { WindowCounter } from './http/window-counter';
export type { Catalogue, Language } from './i18n/messages';
