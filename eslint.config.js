import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/build/**',
      '**/build-*/**',
      '**/dist/**',
      '**/.svelte-kit/**',
      '**/.svelte-kit-*/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '**/editions/**',
      '.tools/**'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-navigation-without-resolve': 'off'
    }
  },
  {
    // One file-naming convention (README, "File names"): scripts and modules kebab-case, Svelte components PascalCase.
    files: ['**/*.{ts,js,mjs,cjs,svelte}'],
    ignores: ['**/routes/**/+*'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,js,mjs,cjs}': 'KEBAB_CASE', '**/*.svelte': 'PASCAL_CASE' },
        { ignoreMiddleExtensions: true }
      ]
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
  }
);
