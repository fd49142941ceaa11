import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Module boundaries are the architecture: libraries never import apps, apps never import each
// other, and each library may only lean on the ones below it.
export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '.relais/**', '.nx/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'layer:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'layer:observability', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'layer:persistence', onlyDependOnLibsWithTags: ['layer:observability'] },
            { sourceTag: 'layer:auth', onlyDependOnLibsWithTags: ['layer:persistence', 'layer:observability'] },
            { sourceTag: 'layer:messaging', onlyDependOnLibsWithTags: ['layer:contracts', 'layer:persistence', 'layer:observability'] },
            { sourceTag: 'layer:platform', onlyDependOnLibsWithTags: ['layer:contracts', 'layer:messaging', 'layer:persistence', 'layer:auth', 'layer:observability'] },
            { sourceTag: 'layer:testing', onlyDependOnLibsWithTags: ['type:lib'] }
          ]
        }
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }]
    }
  },
  {
    files: ['tools/**/*.ts', 'bench/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', 'libs/testing/**/*.ts'],
    rules: { 'no-console': 'off' }
  }
];
