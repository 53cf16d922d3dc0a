// ESLint 9 flat config: typescript-eslint with type information (floating promises, exhaustive
// switches) and import-x (no cycles; src/rules imports nothing outside itself).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['dist/**', 'web/**', 'node_modules/**', 'test/browser/**', 'test/fixtures/shared/**', 'bench/results/**', '.jaavi/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Async methods that fulfil a promise-returning contract (guards, storages, close()) need no await.
      '@typescript-eslint/require-await': 'off',
      // SQL rows are `Record<string, unknown>` until each table has its typed repository (issue 12,
      // part B); `String(row.x)` on them is deliberate, so this rule would only be noise for now.
      '@typescript-eslint/no-base-to-string': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The engine stays pure: no framework, no I/O, no other part of the application.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/rules',
              from: './',
              except: ['./src/rules'],
              message: 'src/rules is the pure engine: it imports only from itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^[^.]', message: 'src/rules is the pure engine: no packages, no node: modules.' }] },
      ],
    },
  },
  {
    // Bidirectional ORM relations import each other by design; MikroORM resolves them lazily
    // (`() => Entity`, `Rel<…>`), so these cycles are safe at load time.
    files: ['src/**/*.entity.ts'],
    rules: { 'import-x/no-cycle': 'off' },
  },
  {
    // Tests take JSON documents apart and use jest's matchers: `any` is their material.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      parserOptions: { projectService: false },
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        TextEncoder: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'import-x/no-cycle': 'off' },
  },
);
