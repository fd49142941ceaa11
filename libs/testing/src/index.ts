export * from './broker';
export * from './database';
export * from './environment';
export * from './kafka';
export * from './service';
export * from './events';
export * from './boot-check';
