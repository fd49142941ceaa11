export * from './database';
export * from './data-source';
export * from './errors';
export * from './migrate';
export * from './persistence.module';
export * from './transaction-host';
export * from './retry-connecting';
export * from './roles';
