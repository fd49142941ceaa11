export * from './logger';
export * from './personal-data-fields';
export * from './request-context';
export * from './metrics';
