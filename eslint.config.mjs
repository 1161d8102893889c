// @ts-check
// Lint as the Astro ecosystem does (Starlight's eslint.config.mjs): ESLint and typescript-eslint
// recommended rules with type information, the Astro plugin for .astro files, and Prettier for layout.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import eslint from '@eslint/js';
import prettierConfig from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import kit from './tools/feature-boundaries.mjs';

export default defineConfig(
	globalIgnores([
		'**/.*',
		'**/*.d.ts',
		'dist/',
		'dist-*/',
		'package/',
		'test-results/',
		'playwright-report/',
		'audit-results/',
		'bench/starlight/',
		'bench/results/',
	]),

	// Node's globals everywhere; browser code adds the browser's below.
	{ languageOptions: { globals: { ...globals.nodeBuiltin } } },

	eslint.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: dirname(fileURLToPath(import.meta.url)),
			},
		},
	},
	// Plain JavaScript (scripts, bench) has no types to check against.
	{ files: ['**/*.js', '**/*.cjs', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },

	astro.configs.recommended,
	// Type-aware rules cannot see into .astro files' scripts reliably; they get the untyped set.
	{ files: ['**/*.astro', '**/*.astro/*.ts'], extends: [tseslint.configs.disableTypeChecked] },

	// Code that runs in the browser.
	{
		files: [
			'src/features/slides/present/**',
			'src/features/slides/export/offline-deck-entry.ts',
			'src/features/slides/export/offline-view.ts',
			'src/features/offline/service-worker-client.ts',
			'src/features/*/components/**/*.ts',
			'src/components/**/*.ts',
			'**/*.astro',
		],
		languageOptions: { globals: { ...globals.browser } },
	},

	prettierConfig,

	// The layout (README, "Architecture"): src/site/ imports no feature, component, layout or page,
	// and a feature uses another only through its index.ts.
	{
		files: ['src/**/*.ts', 'src/**/*.astro', 'src/**/*.mjs'],
		plugins: { kit },
		rules: { 'kit/feature-boundaries': 'error' },
	},

	// Tests read JSON files and values computed inside the browser, whose shapes their assertions
	// check; typing every one of them first would add casts, not safety.
	{
		files: ['e2e/**', '**/*.test.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			// `expect(obj.method)` passes methods around without calling them.
			'@typescript-eslint/unbound-method': 'off',
		},
	},
	// The type-aware linter cannot read .astro modules' types (astro check does), so maps of
	// components look untyped to it.
	{
		files: [
			'src/components/**/index.ts',
			'src/features/**/components/index.ts',
			'src/features/print/sheet/index.ts',
			'src/features/*/index.ts',
		],
		rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
	},
	{
		rules: {
			'no-empty': ['error', { allowEmptyCatch: true }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					ignoreRestSiblings: true,
					destructuredArrayIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					argsIgnorePattern: '^_',
				},
			],
		},
	},
	// Astro reads a component's `Props` interface itself, so it counts as used.
	{
		files: ['**/*.astro'],
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					ignoreRestSiblings: true,
					destructuredArrayIgnorePattern: '^_',
					varsIgnorePattern: '^(_|Props$)',
					argsIgnorePattern: '^_',
				},
			],
		},
	}
);
