import nx from '@nx/eslint-plugin';
import globals from 'globals';

// Module boundaries are the architecture: libraries never import apps, apps never import each
// other, and each library may only lean on the ones below it. Tests may also use the test helpers
// and @relais/persistence (to stand up a throwaway database). Libraries' own tests use
// @relais/test-infra (databases, topics, events); @relais/testing adds running services on top.
const layers = {
  vocabulary: [],
  contracts: ['vocabulary'],
  observability: [],
  persistence: ['observability'],
  auth: ['vocabulary', 'persistence', 'observability'],
  vault: [],
  'topic-reader': [],
  messaging: ['contracts', 'persistence', 'observability', 'topic-reader'],
  platform: ['contracts', 'messaging', 'persistence', 'auth', 'observability'],
  'test-infra': ['contracts', 'persistence', 'observability', 'topic-reader'],
  testing: ['contracts', 'messaging', 'persistence', 'auth', 'observability', 'platform', 'vault', 'test-infra'],
};

const boundaries = (extra) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib'] },
      ...Object.entries(layers).map(([layer, deps]) => ({
        sourceTag: `layer:${layer}`,
        onlyDependOnLibsWithTags: [...deps, ...extra].map((d) => `layer:${d}`),
      })),
    ],
  },
];

const testFiles = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', '**/bench/**/*.ts'];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '.relais/**', '.nx/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries([]),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: testFiles,
    rules: {
      '@nx/enforce-module-boundaries': boundaries(['test-infra', 'testing', 'persistence']),
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  {
    // Messaging's integration tests drive the audit trail through a consumer run, as services do:
    // its records are buffered with the run's outbox rows (RunBuffer) and must commit with them.
    files: ['libs/messaging/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(['test-infra', 'testing', 'persistence', 'auth']) },
  },
  {
    // Use cases take and return domain or use-case types; the HTTP layer's DTOs implement those,
    // never the other way round, so a use case can be driven by a handler, a job or a test alike.
    files: ['apps/*/src/use-cases/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)http(/|$)', message: 'A use case never depends on the HTTP layer: define the type in use-cases/ or domain/ and let the DTO implement it.' }] },
      ],
    },
  },
  {
    // The domain is plain TypeScript: no framework, no database (docs/ENGINEERING.md).
    files: ['apps/*/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@nestjs/*', 'typeorm', 'typeorm/*'], message: 'The domain knows neither Nest nor TypeORM: map to HTTP or SQL outside domain/.' }] },
      ],
    },
  },
  {
    // The web app runs in a browser: no Node module and no library of ours but @relais/vocabulary
    // (plain constants, through its index), and versioned reference data (JSON) read at build time
    // so the device checks what the server checks.
    files: ['apps/web/src/**/*.{ts,tsx,mts}'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: ['^(\\.\\./)+(libs/contracts|apps/intake)/data/[\\w/-]+\\.json$', '^(\\.\\./)+libs/vocabulary/src$'],
          depConstraints: [{ sourceTag: 'type:web', onlyDependOnLibsWithTags: [] }],
        },
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '@relais/*'], message: 'The web app runs in a browser and shares only data with the services.' }] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Read by the browser too: @relais/vocabulary imports nothing, so no Node code reaches the web bundle.
    files: ['libs/vocabulary/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./)', message: '@relais/vocabulary is plain constants that the web app bundles: it imports nothing.' }] }] },
  },
  {
    // Unit tests run in Node (vitest) and may stand up a real local server.
    files: ['apps/web/src/**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-restricted-imports': 'off' },
  },
  {
    files: ['apps/web/src/app/pwa/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE__: 'readonly', __VERSION__: 'readonly' } },
  },
  {
    files: ['apps/web/vite.config.mts', 'apps/web/src/app/pwa/make-icons.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The browser tests drive the built platform as processes, like tools/e2e (whose launcher they reuse).
    files: ['apps/web/e2e/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off', '@typescript-eslint/no-non-null-assertion': 'off', 'no-console': 'off' },
  },
  {
    files: ['tools/**/*.ts', 'bench/**/*.ts', 'apps/*/src/cli/**/*.ts', 'libs/testing/**/*.ts', 'libs/test-infra/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
