// Lints the TypeScript sources, tests and scripts with typescript-eslint's recommended rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.bench/**', 'node_modules/**', 'test/vscode/node_modules/**', 'test/vscode/screenshots/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        performance: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        global: 'readonly',
      },
    },
    rules: {
      // Byte and escape-code tests are what some of these patterns are for.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // Training scripts load modules late on purpose (after the gazetteers they read are rebuilt).
  { files: ['scripts/**'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // These run inside the browser page (Playwright's evaluate) or on Node's fetch.
  { files: ['test/vscode/**'], languageOptions: { globals: { document: 'readonly', getComputedStyle: 'readonly', fetch: 'readonly' } } },
);
