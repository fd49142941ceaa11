// One Jest run for the whole workspace, in tiers: `unit` (pure logic, no I/O), `medium` (use cases
// on real Postgres, no Kafka), `integration` (real Postgres and the real Kafka broker) and `e2e`
// (the whole platform as separate processes).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/.]/g, '\\$&')}$`,
    `<rootDir>/${target}`,
  ]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['reflect-metadata'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools,deploy}/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools,deploy}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/test-infra/src/jest/global-setup.ts',
      globalTeardown: '<rootDir>/libs/test-infra/src/jest/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/test-infra/src/jest/integration-timeout.ts'],
    },
    {
      ...base,
      displayName: 'medium',
      // A use case with its real repositories on real Postgres and a recording outbox: no Kafka, no HTTP.
      testMatch: ['<rootDir>/{apps,libs}/**/*.medium-spec.ts'],
      maxWorkers: 2,
      globalSetup: '<rootDir>/libs/testing/src/medium-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/test-infra/src/jest/integration-timeout.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.e2e-spec.ts'],
      maxWorkers: 1,
      globalSetup: '<rootDir>/libs/test-infra/src/jest/global-setup.ts',
      globalTeardown: '<rootDir>/libs/test-infra/src/jest/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/test-infra/src/jest/integration-timeout.ts'],
    },
    {
      ...base,
      displayName: 'browser',
      // The web app in a real browser (Debian's chromium via playwright-core) against the whole
      // platform started as in production: gateway, services, Keycloak, Kafka.
      testMatch: ['<rootDir>/{apps,tools}/**/*.browser-spec.ts'],
      maxWorkers: 1,
      globalSetup: '<rootDir>/apps/web/e2e/harness/global-setup.ts',
      globalTeardown: '<rootDir>/libs/test-infra/src/jest/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/test-infra/src/jest/integration-timeout.ts'],
    },
    {
      ...base,
      displayName: 'chaos',
      testMatch: ['<rootDir>/tools/**/*.chaos-spec.ts'],
      globalSetup: '<rootDir>/libs/test-infra/src/jest/global-setup.ts',
      globalTeardown: '<rootDir>/libs/test-infra/src/jest/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/test-infra/src/jest/integration-timeout.ts'],
      maxWorkers: 1,
    },
  ],
};
