// Everything a service's tests need: the low-level helpers (databases, topics, events) and the
// service-level ones (a service started as in production, tokens, HTTP).
export * from '@relais/test-infra';
export * from './boot-check';
export * from './service';
