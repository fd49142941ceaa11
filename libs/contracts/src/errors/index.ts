export * from './define-errors';
export * from './domain-exception';
