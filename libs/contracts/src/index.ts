import 'reflect-metadata';

export * from './codec';
export * from './envelope/cloud-event';
export * from './envelope/uuid-v7';
export * from './errors';
export * from './event-definition';
export * from './intake';
export * from './notifications';
export * from './prosecution';
export * from './provenance';
export * from './references';
export * from './referral';
export * from './registry';
export * from './topics';
export * from './validators';
export * from './vocabulary';
export * from './asyncapi/generate-asyncapi';
