// @ts-check
// Lint with type information: the rules that catch real faults (floating promises, promises where a
// callback is expected, unused code, `any`), not a style guide. Each file is checked with the
// tsconfig of its workspace (listed below), so the types are the ones its build uses.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const projects = [
  './shared/tsconfig.eslint.json',
  './cms/tsconfig.eslint.json',
  './web/tsconfig.json',
  './tests/tsconfig.json',
  './bench/tsconfig.json',
  './scripts/tsconfig.json',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.cache/**',
      '**/.tmp/**',
      'cms/types/generated/**',
      'cms/src/admin/**',
      'cms/config/**',
      'shared/src/graphql/generated/**',
      'tests/test-results/**',
      'tests/playwright-report/**',
    ],
  },
  {
    files: [
      'cms/src/**/*.ts',
      'cms/scripts/*.js',
      'web/app/**/*.{ts,tsx}',
      'web/server/**/*.ts',
      'web/public/*.js',
      'shared/src/**/*.ts',
      'tests/**/*.{ts,mjs}',
      'bench/*.mjs',
      'scripts/*.mjs',
    ],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { project: projects, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Strapi's and Koa's own types are `any` in many places: the no-unsafe-* family would flag
      // every use of them, not faults in this code. `no-explicit-any` keeps new `any` out.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Remix loaders throw Responses (404, redirects) by design.
      '@typescript-eslint/only-throw-error': 'off',
      // Interfaces such as Apollo's plugins and Strapi's lifecycles ask for async functions.
      '@typescript-eslint/require-await': 'off',
      // Style only; not a fault.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Input validation strips control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Plain JavaScript (CommonJS scripts of the CMS, the browser's quick exit).
    files: ['cms/scripts/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['web/public/*.js'],
    // ES5 on purpose: the quick exit must run in the oldest browser that reaches the site.
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { 'no-var': 'off' },
  },
);
