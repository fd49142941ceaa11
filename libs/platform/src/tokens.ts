/** The service's validated configuration (a ServiceConfig subclass). */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
/** The service's pino logger. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
