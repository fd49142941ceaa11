export * from './broker';
export * from './database';
export * from './environment';
export * from './events';
export * from './kafka';
export * from './keycloak';
export * from './event-registration';
export * from './error-table';
