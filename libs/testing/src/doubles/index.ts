export * from './immediate-transactions';
export * from './recording-audit-trail';
export * from './recording-outbox';
