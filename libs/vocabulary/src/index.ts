// Plain constants read by the services and by the web app alike: this library imports nothing,
// so the browser bundle that includes it carries no Node code (eslint.config.mjs holds it so).
export * from './case-stages';
export * from './roles';
