import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'client/dist/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // One concern per file and functions a reader can hold in mind (docs/ARCHITECTURE.md).
  {
    files: ['indexer/**/*.ts', 'server/**/*.ts', 'client/src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  { files: ['bench/**', 'indexer/cli.ts', 'server/main.ts', 'server/alerts/cli.ts', 'test/**', '*.js', '*.mjs'], rules: { 'no-console': 'off' } },
  { files: ['*.js'], languageOptions: { globals: { module: 'writable', require: 'readonly' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
