// Everything a service's tests need: the low-level helpers (databases, topics, events), the
// service-level ones (a service started as in production, tokens, HTTP), the shared doubles and
// the medium tier's database.
export * from '@relais/test-infra';
export * from './boot-check';
export * from './doubles';
export * from './medium';
export * from './service';
export * from './authz/principals';
