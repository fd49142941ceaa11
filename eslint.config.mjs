import nx from '@nx/eslint-plugin';

// Module boundaries are the architecture: libraries never import apps, apps never import each
// other, and each library may only lean on the ones below it. Tests may also use the test helpers
// and @relais/persistence (to stand up a throwaway database). Libraries' own tests use
// @relais/test-infra (databases, topics, events); @relais/testing adds running services on top.
const layers = {
  contracts: [],
  observability: [],
  persistence: ['observability'],
  auth: ['persistence', 'observability'],
  vault: [],
  messaging: ['contracts', 'persistence', 'observability'],
  platform: ['contracts', 'messaging', 'persistence', 'auth', 'observability'],
  'test-infra': ['contracts', 'persistence', 'observability'],
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
    files: ['tools/**/*.ts', 'bench/**/*.ts', 'apps/*/src/migrate.ts', 'apps/*/src/cli/**/*.ts', 'libs/testing/**/*.ts', 'libs/test-infra/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
