// ESLint 9 flat config. Not type-aware on purpose (fast; `tsc --noEmit` does the type checking).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The engine is pure TypeScript: no UI, no Office.js, no Node, no outer layers (dependencies point inward).
// Enforced here rather than by convention; test/lint/engine-purity.test.ts proves the rule bites.
const ENGINE_FORBIDDEN_MODULES = ['react', 'react-dom', 'office-js', 'exceljs', 'xlsx', 'fs', 'path', 'os', 'child_process'];
const ENGINE_FORBIDDEN_PATTERNS = ['react/*', 'react-dom/*', '@fluentui/*', 'fs/*', 'path/*', 'node:*'];
// Outer layers, reached by climbing out of src/engine ('../workbook', '../../taskpane/x', ...).
const ENGINE_FORBIDDEN_LAYERS = String.raw`^(\.\./)+(workbook|taskpane|functions|commands|preview|cli)(/|$)`;
const ENGINE_FORBIDDEN_GLOBALS = ['Office', 'Excel', 'window', 'document', 'localStorage', 'process', 'require'];

export default defineConfig([
  globalIgnores(['dist/', 'lib/', 'node_modules/', 'coverage/', 'test-output/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The rules of hooks and the React Compiler's checks (recommended set), where React code lives.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/preview/**/*.{ts,tsx}', 'test/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Build scripts, configs, the CLI launcher and tests run in Node.
    files: ['**/*.{js,cjs,mjs}', 'scripts/**', 'test/**', 'bench/**', 'src/cli/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    // CommonJS files legitimately use require().
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Test doubles (the Office.js fake in test/support) never ship: nothing in src may import them.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: String.raw`(^|/)test/`, message: 'src must not import test code (test doubles never ship).' }] },
      ],
    },
  },
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ENGINE_FORBIDDEN_MODULES.map((name) => ({
            name,
            message: 'src/engine is pure: no UI, Office.js, Node or file-system imports (see docs/architecture.md).',
          })),
          patterns: [
            {
              group: ENGINE_FORBIDDEN_PATTERNS,
              message: 'src/engine is pure: no UI, Office.js, Node or file-system imports (see docs/architecture.md).',
            },
            {
              regex: ENGINE_FORBIDDEN_LAYERS,
              message: 'Dependencies point inward: src/engine must not import the outer layers (see docs/architecture.md).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...ENGINE_FORBIDDEN_GLOBALS.map((name) => ({
          name,
          message: 'src/engine is pure: no host, DOM or Node globals (see docs/architecture.md).',
        })),
      ],
      // The office-js typings are global, so `Excel.Range` in a type would slip past the globals rule.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSQualifiedName > Identifier.left[name=/^(Office|Excel|OfficeRuntime|CustomFunctions)$/]',
          message: 'src/engine is pure: no Office.js types (see docs/architecture.md).',
        },
        {
          // import('fs') would bypass no-restricted-imports; the engine has no reason to load code lazily.
          selector: 'ImportExpression',
          message: 'src/engine is pure: no dynamic import() (see docs/architecture.md).',
        },
      ],
    },
  },
]);
