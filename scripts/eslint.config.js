// Type-aware linting over src/, test/ and scripts/; formatting is Prettier's job (npm run lint runs both).
import js from '@eslint/js';
import { dirname } from 'node:path';
import tseslint from 'typescript-eslint';

// Kept in scripts/ (the project's top level is fixed); `npm run lint` passes it with --config.
const root = dirname(import.meta.dirname);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'schema/**',
      'scripts/eslint.config.js',
      'scripts/demo/example/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // Core code must stay free of the runner toolkit and of process state.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', '../../adapter/*', '../adapter/*'] }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'core code takes its settings as arguments' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
